import { describe, expect, it } from 'vitest';
import { placeTooltip } from '../../../lib/page/place-tooltip';

// the sizes of the bundled sample's （七）总计·总计 cell and its tooltip in a 1,280 × 800 window
const VIEW = { width: 1280, height: 800 };
const TIP = { width: 420, height: 96 };

describe('placeTooltip', () => {
  it('should put the tooltip below the cell, aligned with its left edge, when there is room', () => {
    expect(placeTooltip({ left: 300, top: 200, right: 360, bottom: 224 }, TIP, VIEW)).toEqual({ left: 300, top: 246, side: 'below' });
  });

  it('should shift the tooltip of a cell at the right edge back inside the window', () => {
    // the 总计 column: the cell starts at 1,126 px, a 420 px tooltip would end at 1,546 px
    expect(placeTooltip({ left: 1126, top: 380, right: 1190, bottom: 404 }, TIP, VIEW)).toEqual({ left: 852, top: 426, side: 'below' });
  });

  it('should flip the tooltip above a cell near the bottom of the window', () => {
    expect(placeTooltip({ left: 40, top: 700, right: 100, bottom: 724 }, TIP, VIEW)).toEqual({ left: 40, top: 582, side: 'above' });
  });

  it('should keep the tooltip off the left edge', () => {
    expect(placeTooltip({ left: -30, top: 100, right: 20, bottom: 124 }, TIP, VIEW).left).toBe(8);
  });

  it('should put a tooltip that fits neither above nor below beside the cells, not over them (issue 18)', () => {
    expect(placeTooltip({ left: 40, top: 40, right: 100, bottom: 700 }, { width: 300, height: 200 }, VIEW)).toEqual({ left: 108, top: 40, side: 'right' });
    expect(placeTooltip({ left: 1000, top: 40, right: 1270, bottom: 700 }, { width: 300, height: 200 }, VIEW)).toEqual({ left: 692, top: 40, side: 'left' });
  });

  it('should pin a tooltip that fits on no side of the cells to the side with more room, inside the window', () => {
    expect(placeTooltip({ left: 8, top: 40, right: 1270, bottom: 700 }, { width: 300, height: 200 }, VIEW)).toEqual({ left: 8, top: 592, side: 'below' });
  });

  it('should start a tooltip wider than the window at its left margin', () => {
    expect(placeTooltip({ left: 200, top: 100, right: 260, bottom: 124 }, { width: 400, height: 80 }, { width: 360, height: 640 }).left).toBe(8);
  });
});
