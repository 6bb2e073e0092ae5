/**
 * A picture of a finding's cells drawn from the page's own layout: the table around them (each cell's
 * box and text where the page lays it out), the stated figure outlined in red and its addends in
 * dashed blue, as on the page. It needs no permission, so the evidence file always has an image, even
 * where the browser allows no screenshot (a popup opened without a click on the toolbar button).
 */
export function drawSnapshot(doc: Document, stated: readonly Element[], addends: readonly Element[], tags: { stated: string; addend: string }): string | null {
  const anchor = stated[0] ?? addends[0];
  const table = anchor?.closest('table');
  if (!anchor || !table) return null;
  const all = [...stated, ...addends];
  const frame = table.getBoundingClientRect();
  // the table's width, and its height clipped to the outlined cells with a margin (table 三 is long)
  const rects = all.map((el) => el.getBoundingClientRect());
  const top = Math.max(frame.top, Math.min(...rects.map((r) => r.top)) - 120);
  const bottom = Math.min(frame.bottom, Math.max(...rects.map((r) => r.bottom)) + 60);
  const width = Math.ceil(frame.width) + 20;
  const height = Math.ceil(bottom - top) + 30;
  if (width < 10 || height < 10 || width * height > 16_000_000) return null;
  const canvas = doc.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const x0 = frame.left - 10;
  const y0 = top - 20;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'middle';
  for (const cell of Array.from(table.querySelectorAll('td, th'))) {
    const r = cell.getBoundingClientRect();
    if (r.bottom < top || r.top > bottom || r.width === 0) continue;
    ctx.strokeStyle = '#777';
    ctx.lineWidth = 1;
    ctx.strokeRect(r.left - x0 + 0.5, r.top - y0 + 0.5, r.width, r.height);
    const text = (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    ctx.fillStyle = '#222';
    ctx.font = '12px "Microsoft YaHei", "WenQuanYi Zen Hei", sans-serif';
    ctx.save();
    ctx.beginPath();
    ctx.rect(r.left - x0, r.top - y0, r.width, r.height);
    ctx.clip();
    ctx.fillText(text, r.left - x0 + 3, r.top - y0 + r.height / 2, Math.max(8, r.width - 6));
    ctx.restore();
  }
  drawOutlines(ctx, stated, addends, tags, { x: x0, y: y0 });
  return canvas.toDataURL('image/png');
}

/**
 * The outlines on a picture, as the page overlay draws them: the addends dashed blue, then the stated
 * figure solid red on top, each tagged. An addend cell that prints no figure (blank, "/", "—") is
 * outlined but not tagged 加数: it adds nothing, and tagging it so misleads the reader of the evidence
 * (its blank is what the finding says, in words). `origin` is where the picture's top left corner is in
 * the viewport (the elements' boxes are in viewport coordinates).
 */
export function drawOutlines(
  ctx: CanvasRenderingContext2D,
  stated: readonly Element[],
  addends: readonly Element[],
  tags: { stated: string; addend: string },
  origin: { x: number; y: number },
): void {
  const box = (el: Element, color: string, dashed: boolean, tag: string | null) => {
    const r = el.getBoundingClientRect();
    const x = r.left - origin.x;
    const y = r.top - origin.y;
    ctx.strokeStyle = color;
    ctx.lineWidth = dashed ? 2 : 3;
    ctx.setLineDash(dashed ? [5, 3] : []);
    ctx.strokeRect(x - 2, y - 2, r.width + 4, r.height + 4);
    ctx.setLineDash([]);
    if (tag === null) return;
    ctx.font = '600 10px sans-serif';
    ctx.textBaseline = 'middle';
    ctx.fillStyle = color;
    ctx.fillRect(x - 2, y - 15, ctx.measureText(tag).width + 6, 13);
    ctx.fillStyle = '#fff';
    ctx.fillText(tag, x + 1, y - 8);
  };
  for (const el of addends) box(el, '#1565c0', true, printsFigure(el) ? tags.addend : null);
  for (const el of stated) box(el, '#c62828', false, tags.stated);
}

/**
 * Whether a cell prints a figure: its text has a digit; a PDF cell proxy (an empty box over the drawn
 * page) says so in `data-figure` ("1" or "0").
 */
export function printsFigure(el: Element): boolean {
  const said = el.getAttribute?.('data-figure');
  return said === null || said === undefined ? /\d/.test(el.textContent ?? '') : said === '1';
}
