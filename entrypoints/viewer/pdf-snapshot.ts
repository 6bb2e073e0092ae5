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
  const box = (el: Element, color: string, dashed: boolean, tag: string) => {
    const r = el.getBoundingClientRect();
    const x = r.left - base.left;
    const y = r.top - base.top - top;
    ctx.strokeStyle = color;
    ctx.lineWidth = dashed ? 2 : 3;
    ctx.setLineDash(dashed ? [5, 3] : []);
    ctx.strokeRect(x - 2, y - 2, r.width + 4, r.height + 4);
    ctx.setLineDash([]);
    ctx.font = '600 10px sans-serif';
    ctx.fillStyle = color;
    ctx.fillRect(x - 2, y - 15, ctx.measureText(tag).width + 6, 13);
    ctx.fillStyle = '#fff';
    ctx.fillText(tag, x + 1, y - 5);
  };
  mine.forEach((el) => box(el, stated.includes(el) ? '#c62828' : '#1565c0', !stated.includes(el), stated.includes(el) ? tags.stated : tags.addend));
  return out.toDataURL('image/png');
}
