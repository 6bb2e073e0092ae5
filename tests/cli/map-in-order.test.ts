import { describe, expect, it } from 'vitest';
import { mapInOrder } from '../../cli/map-in-order';

/** A task the test finishes by hand, so the order of completion is the test's, never a timer's. */
function gate() {
  let open!: (v: string) => void;
  const done = new Promise<string>((ok) => (open = ok));
  return { done, open };
}

const flush = () => new Promise<void>((ok) => setImmediate(ok));

describe('mapInOrder', () => {
  it('should yield in the items’ order when later items finish first, with at most `lanes` running', async () => {
    const gates = ['a', 'b', 'c', 'd'].map(() => gate());
    const started: string[] = [];
    const got: string[] = [];
    const run = mapInOrder(['a', 'b', 'c', 'd'], 2, (item, index, lane) => {
      started.push(`${item}@${lane}`);
      return gates[index]!.done;
    });
    const consumed = (async () => {
      for await (const r of run) got.push(r);
    })();
    await flush();
    expect(started).toEqual(['a@0', 'b@1']);
    // b finishes first: its lane takes c at once, while a (the head) still runs
    gates[1]!.open('B');
    await flush();
    expect(started).toEqual(['a@0', 'b@1', 'c@1']);
    expect(got).toEqual([]);
    gates[2]!.open('C');
    await flush();
    expect(started).toEqual(['a@0', 'b@1', 'c@1', 'd@1']);
    gates[3]!.open('D');
    gates[0]!.open('A');
    await consumed;
    expect(got).toEqual(['A', 'B', 'C', 'D']);
  });

  it('should run one item at a time with one lane, and nothing for no items', async () => {
    const running: number[] = [];
    let peak = 0;
    const out: number[] = [];
    for await (const r of mapInOrder([1, 2, 3], 1, async (n) => {
      running.push(n);
      peak = Math.max(peak, running.length);
      await flush();
      running.pop();
      return n * 10;
    }))
      out.push(r);
    expect([out, peak]).toEqual([[10, 20, 30], 1]);
    const none: unknown[] = [];
    for await (const r of mapInOrder([], 4, async () => 1)) none.push(r);
    expect(none).toEqual([]);
  });
});
