import { parseHtml } from '../../cli/parse-html';
import { checkHtml, type CheckResult } from '../../lib/pipeline';
import { generateCounty, type CountyReport } from './generate-county';

/** The generated county's pages checked as the CLI checks HTML (parse5 into linkedom): report and check result beside the generated values. */
export function countyBatch(seed = 17, edit: (r: CountyReport) => CountyReport = (r) => r): (CountyReport & { result: CheckResult })[] {
  return generateCounty(seed)
    .map(edit)
    .map((r) => ({ ...r, result: checkHtml(parseHtml(r.html), r.url) }));
}
