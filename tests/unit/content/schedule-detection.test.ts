import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOAD_FALLBACK_MS, scheduleDetection, type DetectionContext } from '../../../entrypoints/content/schedule-detection';

/**
 * The detector's schedule counted, not timed: how often it reads the page, and what it leaves waiting
 * (timers, listeners) once it has. Document and window are plain EventTargets with a readyState; the
 * context's timers are the (fake) global ones, as WXT's are, and its listeners are counted.
 */
function page(readyState: DocumentReadyState) {
  const doc = Object.assign(new EventTarget(), { readyState });
  const win = new EventTarget();
  let listening = 0;
  const ctx: DetectionContext = {
    setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
    addEventListener: ((target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) => {
      listening++;
      target.addEventListener(type, (e) => (listening--, handler(e)), options);
    }) as DetectionContext['addEventListener'],
  };
  const read = vi.fn();
  const fire = (target: EventTarget, type: string, state: DocumentReadyState) => {
    doc.readyState = state;
    target.dispatchEvent(new Event(type));
  };
  return {
    read,
    listening: () => listening,
    start: (titled: boolean) => scheduleDetection(doc as unknown as Document, win as unknown as Window, ctx, () => titled, read),
    domReady: () => fire(doc, 'DOMContentLoaded', 'interactive'),
    loaded: () => fire(win, 'load', 'complete'),
  };
}

describe('scheduleDetection', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('should read a page that is not titled as a report once, after its load event, and leave no timer or listener behind', () => {
    const p = page('loading');
    p.start(false);
    p.domReady();
    expect(p.read).not.toHaveBeenCalled();
    p.loaded();
    expect(p.read).not.toHaveBeenCalled(); // the task after the load event, not inside it
    vi.advanceTimersByTime(0);
    expect(p.read).toHaveBeenCalledTimes(1);
    // the load-never-comes fallback is cleared once the page is read
    expect(vi.getTimerCount()).toBe(0);
    expect(p.listening()).toBe(0);
    vi.advanceTimersByTime(LOAD_FALLBACK_MS * 2);
    expect(p.read).toHaveBeenCalledTimes(1);
  });

  it('should read a page titled as a report in its DOMContentLoaded handler, and not again at its load event', () => {
    const p = page('loading');
    p.start(true);
    p.domReady();
    expect(p.read).toHaveBeenCalledTimes(1);
    p.loaded();
    vi.runAllTimers();
    expect(p.read).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
    expect(p.listening()).toBe(0);
  });

  it('should read a page whose load event never comes once, 3 s after its DOM is complete', () => {
    const p = page('loading');
    p.start(false);
    p.domReady();
    vi.advanceTimersByTime(LOAD_FALLBACK_MS - 1);
    expect(p.read).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(p.read).toHaveBeenCalledTimes(1);
    p.loaded();
    vi.runAllTimers();
    expect(p.read).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('should read a page already complete or already interactive when it starts, once', () => {
    const done = page('complete');
    done.start(false);
    vi.runAllTimers();
    expect(done.read).toHaveBeenCalledTimes(1);
    expect(done.listening()).toBe(0);
    const ready = page('interactive');
    ready.start(true);
    expect(ready.read).toHaveBeenCalledTimes(1);
    ready.loaded();
    vi.runAllTimers();
    expect(ready.read).toHaveBeenCalledTimes(1);
  });
});
