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
  tags: { stated: string; addend: string; close: string; offscreen?: (n: number) => string };
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
  for (const el of spec.addends) {
    const b = box(el, 'addend', printsFigure(el) ? spec.tags.addend : '');
    fitTag(doc, layer.lastElementChild as HTMLElement, el, b);
  }
  const rects = spec.stated.map((el) => box(el, 'stated', spec.tags.stated));
  // every stated figure (a balance error has one on each side): the tooltip must cover none of them
  const anchor = rects.length > 0 ? union(rects) : spec.addends[0]?.getBoundingClientRect();
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
  // the line styles in words, since the addends' own tags give way where a cell is too narrow for them
  if (spec.addends.length > 0) {
    const legend = doc.createElement('small');
    legend.className = 'legend';
    for (const kind of ['stated', 'addend'] as const) {
      const key = doc.createElement('span');
      key.className = `key ${kind}`;
      key.textContent = spec.tags[kind];
      legend.append(key);
    }
    tip.append(legend);
  }
  // outlined cells scrolled out of the window (a 表三 column is taller than most windows): say so, or they pass unseen
  const height = win?.innerHeight || doc.documentElement.clientHeight;
  const away = [...spec.stated, ...spec.addends].filter((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && (r.bottom <= 0 || r.top >= height);
  }).length;
  if (away > 0 && spec.tags.offscreen) {
    const hint = doc.createElement('small');
    hint.className = 'offscreen';
    hint.textContent = spec.tags.offscreen(away);
    tip.append(hint);
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

function union(rects: readonly DOMRect[]): { left: number; top: number; right: number; bottom: number } {
  return {
    left: Math.min(...rects.map((r) => r.left)),
    top: Math.min(...rects.map((r) => r.top)),
    right: Math.max(...rects.map((r) => r.right)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}

/**
 * An addend's tag sits inside its box's top-left corner, never above it (where it covered the row
 * above or the column headers); where the cell is too narrow to hold it beside the figure (English
 * "addend" on a one-digit column), the tag goes: the dashed line and the tooltip's legend still say it.
 */
function fitTag(doc: Document, box: HTMLElement, cell: Element, cellRect: DOMRect): void {
  const tag = box.querySelector('.tag');
  if (!tag) return;
  const t = tag.getBoundingClientRect();
  if (t.width === 0) return;
  const range = doc.createRange();
  range.selectNodeContents(cell);
  const figure = range.getBoundingClientRect();
  const clash = figure.width > 0 && t.right > figure.left - 2 && t.bottom > figure.top;
  if (t.width > cellRect.width || clash) tag.remove();
}
