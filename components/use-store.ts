import { useEffect, useState } from 'preact/hooks';

/** A store factory's object as a component reads it: the state now, and a way to hear of changes. */
export interface Readable<S> {
  get(): S;
  subscribe(changed: () => void): () => void;
}

/** The store's state, the component drawn again on each change (the store holds the state; the page only shows it). */
export function useStore<S>(store: Readable<S>): S {
  const [, redraw] = useState(0);
  useEffect(() => store.subscribe(() => redraw((n) => n + 1)), [store]);
  return store.get();
}
