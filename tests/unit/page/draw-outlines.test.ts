import { describe, expect, it } from 'vitest';
import { drawOutlines } from '../../../lib/page/draw-snapshot';

/** A 2D context that records what is drawn: the strokes and the tag texts. */
function recorder() {
  const calls: { op: string; args: unknown[]; dash: number[] }[] = [];
  let dash: number[] = [];
  const ctx = {
    strokeStyle: '',
    fillStyle: '',
    lineWidth: 1,
    font: '',
    textBaseline: '',
    setLineDash: (d: number[]) => {
      dash = d;
    },
    strokeRect: (...args: unknown[]) => calls.push({ op: 'strokeRect', args, dash }),
    fillRect: () => undefined,
    fillText: (...args: unknown[]) => calls.push({ op: 'fillText', args, dash }),
    measureText: (t: string) => ({ width: t.length * 6 }),
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}
const cell = (text: string, left: number, figure?: '0' | '1'): Element =>
  ({
    textContent: text,
    getAttribute: (name: string) => (name === 'data-figure' && figure !== undefined ? figure : null),
    getBoundingClientRect: () => ({ left, top: 100, width: 40, height: 20, right: left + 40, bottom: 120 }),
  }) as unknown as Element;
const tags = { stated: '报告数', addend: '加数' };

describe('drawOutlines', () => {
  it('should tag only the addends that print a figure; a blank addend is outlined, never called 加数', () => {
    const { ctx, calls } = recorder();
    drawOutlines(ctx, [cell('10', 0)], [cell('3', 50), cell('', 100), cell(' / ', 150), cell('—', 200), cell('0', 250)], tags, { x: 0, y: 0 });
    expect(calls.filter((c) => c.op === 'strokeRect')).toHaveLength(6);
    expect(calls.filter((c) => c.op === 'fillText').map((c) => [c.args[0], c.args[1]])).toEqual([
      ['加数', 51],
      ['加数', 251],
      ['报告数', 1],
    ]);
  });

  it("should read a PDF cell proxy's data-figure (the proxy has no text)", () => {
    const { ctx, calls } = recorder();
    drawOutlines(ctx, [], [cell('', 0, '1'), cell('', 50, '0')], tags, { x: 0, y: 0 });
    expect(calls.filter((c) => c.op === 'fillText').map((c) => c.args[0])).toEqual(['加数']);
  });
});
