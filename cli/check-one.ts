import type { Lang } from '#lib/model';
import { checkInput } from './check-input';
import { checkedOutcome, crashedOutcome, failedOutcome, type Outcome } from './outcome';
import { readInput } from './read-input';

/**
 * Reads and checks one file or URL. Never throws: an unreadable input, or a crash of the pipeline on
 * an odd page, is an outcome with an error (exit 2 for the run) and the batch goes on. `summary`: the
 * language of its summary, or null when the run prints none (it is then not rendered).
 */
export async function checkOne(source: string, summary: Lang | null, ocr = false): Promise<Outcome> {
  const read = await readInput(source, { ocr });
  if (!read.ok) return failedOutcome(read);
  try {
    return checkedOutcome(checkInput(read, summary !== null), summary);
  } catch (e) {
    return crashedOutcome(source, e instanceof Error ? e.message : String(e));
  }
}
