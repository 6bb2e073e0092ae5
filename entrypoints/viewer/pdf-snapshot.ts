import { drawOutlines } from '#lib/page';

/**
 * A picture of a finding's cells on a rendered PDF page: the band of the page around the cells, cut
 * from the page's canvas, with the stated figure outlined in red and its addends in dashed blue.
 */
export function pdfSnapshot(stated: readonly Element[], addends: readonly Element[], tags: { stated: string; addend: string }): string | null {
  const first = stated[0] ?? addends[0];
  const frame = first?.closest('.pdf-page');
  const source = frame?.querySelector('canvas');
  if (!frame || !source) return null;
  const base = frame.getBoundingClientRect();
  const mine = [...stated, ...addends].filter((el) => el.closest('.pdf-page') === frame);
  const rects = mine.map((el) => el.getBoundingClientRect());
  const top = Math.max(0, Math.min(...rects.map((r) => r.top)) - base.top - 160);
  const bottom = Math.min(base.height, Math.max(...rects.map((r) => r.bottom)) - base.top + 40);
  const scale = source.width / base.width;
  const out = document.createElement('canvas');
  out.width = Math.round(base.width);
  out.height = Math.round(bottom - top);
  const ctx = out.getContext('2d');
  if (!ctx || out.height <= 0) return null;
  ctx.drawImage(source, 0, top * scale, source.width, (bottom - top) * scale, 0, 0, out.width, out.height);
  const onPage = (els: readonly Element[]) => els.filter((el) => el.closest('.pdf-page') === frame);
  drawOutlines(ctx, onPage(stated), onPage(addends), tags, { x: base.left, y: base.top + top });
  return out.toDataURL('image/png');
}
