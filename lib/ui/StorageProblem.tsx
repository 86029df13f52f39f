/**
 * A storage fault in words, at the top of the popup and the options page: Parley's database could
 * not be opened (a Firefox private window with no storage for extensions, a failing open, a
 * database from a newer version) or the disk is full. It says what happened and that nothing saved
 * is lost; every write in Parley is one transaction, so a failed one changes nothing.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ParleyDB } from '../db/database';
import { describeStorageError, storageStatus } from '../db/storage';

/** Opens the database once; resolves the reader-facing problem, or null when all is well. */
export async function storageProblem(db: ParleyDB): Promise<string | null> {
  try {
    await db.open();
  } catch (err) {
    return describeStorageError(err);
  }
  const s = await storageStatus().catch(() => null);
  // Less than 1 MB left of the quota: the next note may not fit.
  if (s?.quota != null && s.usage != null && s.quota - s.usage < 1 << 20)
    return describeStorageError(new DOMException('Less than 1 MB of the storage quota is left.', 'QuotaExceededError'));
  return null;
}

export function StorageProblem({ db }: { db: ParleyDB }) {
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void storageProblem(db).then((p) => live && setProblem(p));
    return () => void (live = false);
  }, [db]);
  if (!problem) return null;
  return (
    <p class="error storage-problem" role="alert" data-testid="storage-problem">
      {problem}
    </p>
  );
}


