import type { Lang } from '#lib/model';
import { checkInput } from './check-input';
import { checkedOutcome, crashedOutcome, failedOutcome, type Outcome } from './outcome';
import { readInput } from './read-input';

/**
 * Reads and checks one file or URL. Never throws: an unreadable input, or a crash of the pipeline on
 * an odd page, is an outcome with an error (exit 2 for the run) and the batch goes on.
 */
export async function checkOne(source: string, lang: Lang, ocr = false): Promise<Outcome> {
  const read = await readInput(source, { ocr });
  if (!read.ok) return failedOutcome(read);
  try {
    return checkedOutcome(checkInput(read), lang);
  } catch (e) {
    return crashedOutcome(source, e instanceof Error ? e.message : String(e));
  }
}
