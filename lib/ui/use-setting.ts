/** A setting in extension storage as Preact state: read once, then follow every change from any context. */
import { useEffect, useState } from 'preact/hooks';

export interface Watchable<T> {
  getValue(): Promise<T>;
  watch(cb: (value: T) => void): () => void;
}

/** `undefined` until the first read has answered. */
export function useSetting<T>(item: Watchable<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(() => v));
    const unwatch = item.watch((v) => live && setValue(() => v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
