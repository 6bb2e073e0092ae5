import type { Lang } from '../lib/report/format-finding';
import { checkInput } from './check-input';
import { checkedOutcome, failedOutcome, type Outcome } from './outcome';
import { readInput } from './read-input';
import { readFailed } from './read-result';

/**
 * Reads and checks one file or URL. Never throws: an unreadable input, or a crash of the pipeline on
 * an odd page, is an outcome with an error (exit 2 for the run) and the batch goes on.
 */
export async function checkOne(source: string, lang: Lang): Promise<Outcome> {
  const read = await readInput(source);
  if (!read.ok) return failedOutcome(read);
  try {
    return checkedOutcome(checkInput(read), lang);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return failedOutcome(readFailed(source, `检查时程序出错（${why}），请报告此问题`, `the checker crashed (${why}); please report this`));
  }
}
