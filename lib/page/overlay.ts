import { printsFigure } from './draw-snapshot';
import { OVERLAY_CSS } from './overlay-style';
import { placeTooltip } from './place-tooltip';

/** What to outline: the stated figure(s), their addends, and the arithmetic for the tooltip. */
export interface OutlineSpec {
  stated: readonly Element[];
  addends: readonly Element[];
  heading: string;
  message: string;
  /** what the rule checks, in one plain line under the arithmetic */
  explain?: string;
  tags: { stated: string; addend: string; close: string };
}

export interface Overlay {
  show(spec: OutlineSpec): void;
  clear(): void;
}

const HOST_TAG = 'xxgk-audit-overlay';

/**
 * A page overlay in a shadow root: boxes drawn over the cells' bounding boxes (the page's own elements
 * and styles are never touched), repositioned on scroll and resize, removed completely by clear() or by
 * Escape pressed in the document (the popup is a separate window, so the page needs its own way out).
 */
export function createOverlay(doc: Document): Overlay {
  const win = doc.defaultView;
  let host: HTMLElement | null = null;
  let redraw: (() => void) | null = null;

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') clear();
  };

  const clear = () => {
    if (redraw && win) {
      win.removeEventListener('scroll', redraw, true);
      win.removeEventListener('resize', redraw);
    }
    doc.removeEventListener('keydown', onKey, true);
    redraw = null;
    host?.remove();
    host = null;
  };

  const show = (spec: OutlineSpec) => {
    clear();
    host = doc.createElement(HOST_TAG);
    host.setAttribute('style', 'all:initial;position:absolute;left:0;top:0;width:0;height:0;z-index:2147483647;');
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    root.append(style);
    const layer = doc.createElement('div');
    root.append(layer);
    (doc.body ?? doc.documentElement).append(host);
    redraw = () => draw(doc, layer, spec, clear);
    redraw();
    doc.addEventListener('keydown', onKey, true);
    if (win) {
      win.addEventListener('scroll', redraw, { capture: true, passive: true });
      win.addEventListener('resize', redraw, { passive: true });
    }
    spec.stated[0]?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
    redraw();
  };

  return { show, clear };
}

function draw(doc: Document, layer: HTMLElement, spec: OutlineSpec, close: () => void): void {
  const win = doc.defaultView;
  layer.replaceChildren();
  // the layer's own place on screen: boxes are drawn relative to it, whether or not the page scrolled or positioned its body
  const origin = layer.getBoundingClientRect();
  const sx = -origin.left;
  const sy = -origin.top;
  const box = (el: Element, kind: 'stated' | 'addend', tag: string) => {
    const r = el.getBoundingClientRect();
    const div = doc.createElement('div');
    div.className = `box ${kind}`;
    div.setAttribute('style', `left:${r.left + sx - 3}px;top:${r.top + sy - 3}px;width:${r.width + 6}px;height:${r.height + 6}px`);
    if (tag) {
      const label = doc.createElement('span');
      label.className = 'tag';
      label.textContent = tag;
      div.append(label);
    }
    layer.append(div);
    return r;
  };
  // an addend that prints no figure (blank, "/") is outlined but not tagged 加数, as in the evidence drawing:
  // the finding says in words that it is blank
  for (const el of spec.addends) box(el, 'addend', printsFigure(el) ? spec.tags.addend : '');
  const rects = spec.stated.map((el) => box(el, 'stated', spec.tags.stated));
  const anchor = rects[0] ?? spec.addends[0]?.getBoundingClientRect();
  if (!anchor) return;
  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  const shut = doc.createElement('button');
  shut.type = 'button';
  shut.textContent = '×';
  shut.setAttribute('aria-label', spec.tags.close);
  shut.addEventListener('click', close);
  const heading = doc.createElement('strong');
  heading.textContent = spec.heading;
  tip.append(shut, heading, doc.createTextNode(spec.message));
  if (spec.explain) {
    const explain = doc.createElement('small');
    explain.textContent = spec.explain;
    tip.append(explain);
  }
  // measured hidden in place first: its size depends on the text and on the window's width
  const view = { width: doc.documentElement.clientWidth || win?.innerWidth || 0, height: win?.innerHeight || doc.documentElement.clientHeight };
  tip.setAttribute('style', `left:0;top:0;visibility:hidden;max-width:${Math.min(420, view.width - 16)}px`);
  layer.append(tip);
  const size = tip.getBoundingClientRect();
  const at = placeTooltip(anchor, size, view);
  tip.dataset.side = at.side;
  tip.setAttribute('style', `left:${at.left + sx}px;top:${at.top + sy}px;max-width:${Math.min(420, view.width - 16)}px`);
}
