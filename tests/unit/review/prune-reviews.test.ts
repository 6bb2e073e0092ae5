import { describe, expect, it } from 'vitest';
import { reviewKeysToPrune, type StoredReviews } from '../../../lib/history/prune-reviews';

const version = (key: string, at: string, noteLength = 100): StoredReviews => ({
  key,
  reviews: { 'T3-C|x|1|2|': { status: 'dismissed', note: '注'.repeat(noteLength), at } },
});
const size = (v: StoredReviews) => new TextEncoder().encode(v.key + JSON.stringify(v.reviews)).length;

describe('reviewKeysToPrune', () => {
  const old = version('review:h1:https://a.gov.cn/2021', '2022-01-20T08:00:00.000Z');
  const middle = version('review:h2:https://a.gov.cn/2022', '2023-01-20T08:00:00.000Z');
  const recent = version('review:h3:https://a.gov.cn/2023', '2024-01-20T08:00:00.000Z');

  it('should remove nothing while the decisions fit', () => {
    expect(reviewKeysToPrune([old, middle, recent], recent.key, size(old) + size(middle) + size(recent))).toEqual([]);
  });

  it('should remove the versions decided longest ago, only as many as needed', () => {
    expect(reviewKeysToPrune([recent, old, middle], recent.key, size(middle) + size(recent))).toEqual([old.key]);
    expect(reviewKeysToPrune([recent, old, middle], recent.key, size(recent) + 10)).toEqual([middle.key, old.key]);
  });

  it('should never remove the version being saved, even when its decision is the oldest', () => {
    expect(reviewKeysToPrune([old, middle, recent], old.key, size(old) + size(recent))).toEqual([middle.key]);
  });

  it('should date a version by its latest decision', () => {
    const revisited = { key: old.key, reviews: { ...old.reviews, 'T4-A|y|3|4|': { status: 'confirmed' as const, note: '', at: '2025-01-01T00:00:00.000Z' } } };
    expect(reviewKeysToPrune([revisited, middle, recent], recent.key, size(revisited) + size(recent))).toEqual([middle.key]);
  });
});
