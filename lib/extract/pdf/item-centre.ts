import type { PdfTextItem } from './pdf-content';

/** The middle of a text run across: the column it is printed in. */
export const centreX = (it: PdfTextItem) => it.x + it.w / 2;

/**
 * The middle of a text run upwards, a third of the way up from its baseline: inside its cell even
 * when the run overhangs a border a little.
 */
export const centreY = (it: PdfTextItem) => it.y + it.h * 0.35;
