import { progressLine } from './progress-line';

/** Where the bar draws: stderr, and whether it is a terminal (tests inject both). */
export interface ProgressIo {
  stderr: (text: string) => void;
  isTTY?: boolean;
  columns?: number;
}

/** Carriage return, then erase to the end of the line (ECMA-48 EL): the bar redraws in place. */
const REDRAW = '\r\x1b[K';

/**
 * A progress bar on stderr for a batch, redrawn in place, only when stderr is a terminal: piped or
 * redirected output gets none of it (no \r or escape codes in logs). Whoever writes to the terminal
 * clears it first, so messages never land in the middle of the bar.
 */
export class ProgressBar {
  private shown = false;

  constructor(
    private readonly io: ProgressIo,
    private readonly total: number,
  ) {}

  /** `done` of the inputs finished; `label` names the current one, `tail` (its year) is never cut. */
  update(done: number, label: string, tail = ''): void {
    if (!this.io.isTTY) return;
    this.io.stderr(REDRAW + progressLine(done, this.total, label, this.io.columns || 80, tail));
    this.shown = true;
  }

  /** Removes the bar (before other output, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.io.stderr(REDRAW);
    this.shown = false;
  }
}
