/** A promise with its resolve and reject in hand (Promise.withResolvers is Node 22+; we run on 20). */
function deferred<R>() {
  let resolve!: (value: R) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<R>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}

/**
 * Runs `run` on the items with at most `lanes` running at once, each lane taking the next item as soon
 * as its previous one is done (a slow item holds up its own lane only), and yields the results in the
 * items' order: the output of a batch is the same whatever the number of lanes. `lane` (0 … lanes-1)
 * tells `run` which lane it is in, so each lane can keep its own worker.
 * @example for await (const r of mapInOrder([3, 1], 2, async (n) => n * 2)) print(r) // 6, then 2
 */
export async function* mapInOrder<T, R>(items: readonly T[], lanes: number, run: (item: T, index: number, lane: number) => Promise<R>): AsyncGenerator<R> {
  const work = items.map((item, index) => ({ item, index, result: deferred<R>() }));
  const results = work.map((w) => w.result);
  let next = 0;
  const lane = async (id: number) => {
    for (let w = work[next++]; w; w = work[next++]) await run(w.item, w.index, id).then(w.result.resolve, w.result.reject);
  };
  const all = Array.from({ length: Math.max(1, Math.min(lanes, items.length)) }, (_, id) => lane(id));
  for (const result of results) yield await result.promise;
  await Promise.all(all);
}
