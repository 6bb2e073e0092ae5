import { describe, expect, it } from 'vitest';
import { Reviews, reviewText } from '../../../lib/review/review';
import { findingKey, withReviews } from '../../../lib/report/finding-key';
import { checkText } from '../../../lib/pipeline';
import { seedText } from '../../helpers/seeds';

describe('findingKey', () => {
  it('should tell every finding of seed 002 apart, and give the same key on a second check', () => {
    const first = checkText(seedText('002'), 'a').findings.map(findingKey);
    const again = checkText(seedText('002'), 'a').findings.map(findingKey);
    expect(new Set(first).size).toBe(first.length);
    expect(again).toEqual(first);
  });

  it('should tell apart two notes about one sentence (a 我镇 and an 在县…指导下 in the same sentence)', () => {
    // the seed's own 在县…指导下 sentence moved into its 我镇 sentence
    const text = seedText('002').replace('在县信息产业办的指导下', '在上级的指导下').replace('我镇逐步健全', '在县信息产业办的指导下，我镇逐步健全');
    const traces = checkText(text, 'a').findings.filter((f) => f.rule === 'copy-paste-traces');
    const quotes = traces.map((f) => (f.detail as { quote?: string }).quote);
    expect(quotes.filter((q) => q?.includes('我镇逐步健全'))).toHaveLength(2);
    expect(new Set(traces.map(findingKey)).size).toBe(traces.length);
  });
});

describe('withReviews', () => {
  it('should attach decisions to the matching public findings only', () => {
    const { report, findings } = checkText(seedText('002'), 'a');
    const at = findings.findIndex((f) => f.rule === 't3-outcome-total');
    const reviews: Reviews = { [findingKey(findings[at]!)]: { status: 'confirmed', note: '多报 2', at: '2026-01-20T08:00:00Z' } };
    const out = withReviews(report, findings, reviews);
    expect(out.findings.filter((f) => 'review' in f)).toEqual([{ ...report.findings[at], review: reviews[findingKey(findings[at]!)] }]);
    expect(report.findings.some((f) => 'review' in f)).toBe(false);
  });
});

describe('Reviews schema', () => {
  it.each([
    [{ k: { status: 'confirmed', note: '', at: 'x' } }, true],
    [{ k: { status: 'maybe', note: '', at: 'x' } }, false],
    [{ k: { status: 'dismissed', note: 'x'.repeat(2001), at: 'x' } }, false],
  ])('should accept only well-formed stored decisions (%#)', (value, ok) => {
    expect(Reviews.safeParse(value).success).toBe(ok);
  });
});

describe('reviewText', () => {
  it.each([
    [{ status: 'dismissed' as const, note: '清理后调整', at: '' }, 'zh' as const, '已驳回：清理后调整'],
    [{ status: 'confirmed' as const, note: '', at: '' }, 'en' as const, 'Confirmed'],
    [undefined, 'zh' as const, ''],
  ])('should word %j in %s', (entry, lang, text) => expect(reviewText(entry, lang)).toBe(text));
});
