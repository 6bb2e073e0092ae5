import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeRecognizer } from '../../../cli/read-scan-pdf';
import { checkScan } from '../../../lib/ocr/check-scan';
import { grayFromPixels } from '../../../lib/ocr/gray-image';
import { pictureScale } from '../../../lib/ocr/picture-scale';
import { readScan } from '../../../lib/ocr/read-scan';
import { renderFinding } from '../../../lib/report/render-finding';
import { inputCapped } from '../../../lib/rules/input-capped';
import { ensureDebianTools } from '../../../scripts/ensure-debian-tools';

const PICTURE = path.resolve(import.meta.dirname, '../../fixtures/pages/image-tables/table-2.png');

describe('the note on what a reading of table pictures left out', () => {
  it('should say the tables were read from the page’s pictures, not that a scan’s text was not read', async () => {
    // tests/fixtures/pages/image-tables/table-1.png (表三 of pingtan-hzs-2024, shown at 674 CSS px: a report is known by its 表三), read as
    // the viewer reads a page's table pictures (识别表格图片)
    ensureDebianTools({ convert: 'imagemagick', identify: 'imagemagick' });
    const [w, h] = execFileSync('identify', ['-format', '%w %h', PICTURE], { encoding: 'utf8' }).split(' ').map(Number) as [number, number];
    const { widthPt, heightPt, up } = pictureScale(w, h, 674);
    const [W, H] = [Math.round(w * up), Math.round(h * up)];
    const rgba = execFileSync('convert', [PICTURE, '-resize', `${W}x${H}!`, '-background', 'white', '-alpha', 'remove', '-depth', '8', 'rgba:-'], {
      maxBuffer: 1 << 30,
    });
    const scan = { page: 1, widthPt, heightPt, image: grayFromPixels(rgba, W, H, 4) };
    const reading = await readScan(await nodeRecognizer(), 1, async () => scan, { pictures: true });
    // the narrative rules still abstain: the page's text is not in this reading
    expect(reading.doc.problems?.filter((p) => p.narrative)).toEqual([
      { kind: 'input-capped', table: 'requests', narrative: true, detail: { code: 'ocr-pictures' } },
    ]);
    // the page's title, as the viewer gives it (the pictures hold tables only)
    const title = '平潭综合实验区行政审批局2024年政府信息公开工作年度报告';
    const check = checkScan({ ...reading, doc: { ...reading.doc, title } }, 'https://www.pingtan.gov.cn/zwgk/zfxxgk/t20250123_96895.htm');
    const notes = check.report.findings.filter((f) => f.rule === 'input-capped');
    expect(notes.map((f) => [f.code, f.severity])).toEqual([['pictures', 'info']]);
    expect(renderFinding(notes[0]!)).toBe('表格由网页上的图片识别（OCR）；网页正文的各项核对不在这次识别之内');
    expect(renderFinding(notes[0]!, 'en')).toBe(
      'The tables were read from the web page’s pictures (OCR); the checks on the page’s text are not part of this reading',
    );
    // and the OCR tally names the pictures, not a scan
    const tally = check.report.findings.find((f) => f.rule === 'ocr-read')!;
    expect(renderFinding(tally)).toMatch(/^表格由网页图片识别（OCR）：表三、表四共/);
    expect(renderFinding(tally, 'en')).toMatch(/^Tables read from the page’s pictures \(OCR\): of /);
    // a net, as scan-sample's: 13–20 s on quiet cores, 372 s under Node 24 beside the main suite at a load of 30
  }, 900_000);

  it('should still say of a scan that its text was not read, in both languages', () => {
    const ex = { problems: [{ kind: 'input-capped', table: 'requests', narrative: true, detail: { code: 'ocr-no-narrative' } }] };
    const [note] = inputCapped.check({ ex } as never);
    expect(note!.code).toBe('capped');
    expect(renderFinding(note!)).toBe('扫描件只识别了表格，正文未识别（OCR 不读正文）');
    expect(renderFinding(note!, 'en')).toBe('Only the scan’s tables were read (OCR); its text was not');
  });
});
