/** A box in viewport coordinates (getBoundingClientRect's). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the tooltip goes, in viewport coordinates, and on which side of the cell. */
export interface TipPlacement {
  left: number;
  top: number;
  side: 'below' | 'above' | 'right' | 'left';
}

/** Room for the 报告数/加数 tags that sit on the boxes' edges, so the tooltip never covers them. */
const GAP = 22;
/** Distance kept from the window's edges. */
const MARGIN = 8;

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(x, hi));

/**
 * Places the tooltip beside an outlined cell inside the window (flip, then shift, as devtools' and
 * Floating UI's popovers do): below the cell when it fits, above when only that fits, else on the side
 * beside the cells when they are too tall for either, else on the side with more room, pinned inside; left-aligned with the cell, shifted left so a 总计-column cell's tooltip
 * does not run past the right edge, never past the left margin.
 * @example placeTooltip({left:1126,top:380,right:1190,bottom:404}, {width:420,height:96}, {width:1280,height:800}) → {left:852,top:426,side:'below'}
 */
export function placeTooltip(anchor: Box, tip: { width: number; height: number }, view: { width: number; height: number }): TipPlacement {
  const left = Math.max(MARGIN, Math.min(anchor.left, view.width - tip.width - MARGIN));
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - tip.height;
  if (below + tip.height <= view.height - MARGIN) return { left, top: below, side: 'below' };
  if (above >= MARGIN) return { left, top: above, side: 'above' };
  // cells taller together than the window leaves room for (a balance error's two rows far apart): beside them, not over them
  const top = clamp(anchor.top, MARGIN, Math.max(MARGIN, view.height - tip.height - MARGIN));
  if (anchor.right + MARGIN + tip.width <= view.width - MARGIN) return { left: anchor.right + MARGIN, top, side: 'right' };
  if (anchor.left - MARGIN - tip.width >= MARGIN) return { left: anchor.left - MARGIN - tip.width, top, side: 'left' };
  const side = view.height - anchor.bottom >= anchor.top ? 'below' : 'above';
  return { left, top: clamp(side === 'below' ? below : above, MARGIN, Math.max(MARGIN, view.height - tip.height - MARGIN)), side };
}
