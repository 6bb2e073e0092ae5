import { displayWidth, fitWidth } from './display-width';

/**
 * One line of the batch progress bar, e.g. `[###.......] 12/40  北京市…商务局 2023`, never wider than
 * the terminal minus one column (a full-width line would wrap, and \r would then redraw only its second
 * half). The label is shortened in the middle to fit; `tail` (the year) is kept whole after it.
 * @example progressLine(12, 40, '北京市密云区商务局', 40, '2023') → '[###.......] 12/40  北京市…商务局 2023'
 */
export function progressLine(done: number, total: number, label: string, columns = 80, tail = ''): string {
  const barWidth = Math.max(5, Math.min(30, Math.floor(columns / 4)));
  const filled = total > 0 ? Math.min(barWidth, Math.round((barWidth * done) / total)) : barWidth;
  const head = `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${done}/${total}`;
  const room = columns - 1 - displayWidth(head) - 2 - (tail ? displayWidth(tail) + 1 : 0);
  if (label === '' || room < 4) return head.slice(0, Math.max(0, columns - 1));
  return `${head}  ${fitWidth(label, room)}${tail ? ` ${tail}` : ''}`;
}
