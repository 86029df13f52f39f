/**
 * Old status lines go when the data under them changes wholesale: after an import or a reset, the
 * other sections' lines ("Created …", "Imported …", "Reset: …") describe data that is gone. The
 * options page counts such changes; each section clears its own line when one comes from elsewhere.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';

export interface StatusEpoch {
  /** Counts imports and resets; `source` names the section that made the last one. */
  n: number;
  source: string;
  bump(source: string): void;
}

export const StatusEpochContext = createContext<StatusEpoch>({ n: 0, source: '', bump() {} });

/** Calls `clear` whenever another section announces an import or reset. Returns `bump` for this section. */
export function useStatusEpoch(self: string, clear: () => void): (/* after an import or reset */) => void {
  const epoch = useContext(StatusEpochContext);
  const seen = useRef(epoch.n);
  useEffect(() => {
    if (epoch.n === seen.current) return;
    seen.current = epoch.n;
    if (epoch.source !== self) clear();
  }, [epoch.n]);
  return () => epoch.bump(self);
}
