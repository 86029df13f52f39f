/** Dexie's liveQuery as a Preact hook: re-renders whenever the queried tables change, in any context. */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): { value: T; error?: Error } {
  const [state, setState] = useState<{ value: T; error?: Error }>({ value: initial });
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ value }),
      error: (error) => setState((s) => ({ value: s.value, error: error instanceof Error ? error : new Error(String(error)) })),
    });
    return () => sub.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
