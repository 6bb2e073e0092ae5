import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth, fitWidth } from '../../cli/display-width';
import { main } from '../../cli/main';
import { progressLine } from '../../cli/progress-line';
import { SEEDS_DIR } from '../helpers/seeds';

const seeds = readdirSync(SEEDS_DIR)
  .sort()
  .map((f) => join(SEEDS_DIR, f));
const CLEAR = '\r\x1b[K';

describe('progressLine', () => {
  it('should draw the bar, the count and the agency cut in the middle, the year whole', () => {
    expect(progressLine(12, 40, '北京市密云区商务局', 40, '2023')).toBe('[###.......] 12/40  北京市…商务局 2023');
    expect(progressLine(0, 5, 'seed.txt', 80)).toBe('[....................] 0/5  seed.txt');
    expect(progressLine(5, 5, '北京市通州区国资委', 80, '2023')).toBe('[####################] 5/5  北京市通州区国资委 2023');
  });

  it('should never reach the last column of the terminal, however narrow, and drop the label when there is no room', () => {
    for (const columns of [12, 20, 33, 47, 80, 200])
      for (const label of ['北京市通州区漷县镇人民政府', 'www.example.gov.cn/zfxxgknb/202401/t20240119_3539911.html'])
        expect(displayWidth(progressLine(37, 40, label, columns, '2024')), `${columns} ${label}`).toBeLessThan(columns);
    expect(progressLine(1, 2, '北京市通州区国资委', 20, '2023')).toBe('[###..] 1/2');
  });

  it('should count CJK and full-width characters as two columns when fitting', () => {
    expect(displayWidth('北京 ab（）')).toBe(11);
    expect(fitWidth('北京市密云区商务局', 13)).toBe('北京市…商务局');
    expect(fitWidth('abc', 3)).toBe('abc');
  });
});

describe('the progress bar in main', () => {
  it('should redraw in place on a terminal, step by step, clear itself before each summary, and leave no trace at the end', async () => {
    const events: [string, string][] = [];
    const code = await main3(events, { isTTY: true, columns: 60 });
    expect(code).toBe(1); // seed 002
    const draws = events.filter(([s, t]) => s === 'stderr' && t !== CLEAR).map(([, t]) => t);
    expect(draws.every((t) => t.startsWith(CLEAR) && displayWidth(t.slice(CLEAR.length)) < 60)).toBe(true);
    expect(draws.map((t) => / (\d+\/3) /.exec(t)?.[1])).toEqual(['0/3', '1/3', '1/3', '2/3', '2/3', '3/3']);
    expect(draws[1]).toBe(`${CLEAR}[#####..........] 1/3  北京市通州区国资委 2023`);
    expect(draws.at(-1)).toBe(`${CLEAR}[###############] 3/3  北京市密云区商务局 2023`);
    // whatever is printed on the terminal comes after a clear, and the batch ends with the bar cleared
    events.forEach(([stream], i) => {
      if (stream === 'stdout' && i > 0) expect(events[i - 1]).toEqual(['stderr', CLEAR]);
    });
    expect(events.at(-1)).toEqual(['stderr', CLEAR]);
  });

  it('should write nothing of it when stderr is not a terminal, and print the same summaries either way', async () => {
    const plain: [string, string][] = [];
    const tty: [string, string][] = [];
    await main3(plain, { isTTY: false, columns: 60 });
    await main3(tty, { isTTY: true, columns: 60 });
    expect(plain.filter(([s]) => s === 'stderr')).toEqual([]);
    expect(plain.map(([, t]) => t).join('')).not.toContain('\r');
    const stdout = (events: [string, string][]) =>
      events
        .filter(([s]) => s === 'stdout')
        .map(([, t]) => t)
        .join('');
    expect(stdout(tty)).toBe(stdout(plain));
    expect(stdout(plain).match(/^== /gm)).toHaveLength(3);
  });
});

/** Checks seeds 000, 001, 002 with the given terminal (one job: see run-main.ts), logging every write in order. */
function main3(events: [string, string][], tty: { isTTY: boolean; columns: number }): Promise<number> {
  return main(['check', '--jobs', '1', ...seeds.slice(0, 3)], {
    stdout: (t) => void events.push(['stdout', t]),
    stderr: (t) => void events.push(['stderr', t]),
    ...tty,
  });
}
