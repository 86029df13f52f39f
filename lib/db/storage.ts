/**
 * The storage the database lives in: how much is used, whether the browser promised to keep it
 * (persistent storage), and storage errors in words a reader can act on.
 *
 * Parley asks for `unlimitedStorage`, which in Chromium already exempts its origin from eviction
 * and from the usual quota; Firefox honours `navigator.storage.persist()`. Either way the options
 * page shows what the browser reports, and a failed write says what happened instead of
 * "QuotaExceededError".
 */

export interface StorageStatus {
  /** Whether `navigator.storage` exists here at all. */
  supported: boolean;
  persisted: boolean;
  usage?: number;
  quota?: number;
}

function sm(): StorageManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined;
}

export async function storageStatus(): Promise<StorageStatus> {
  const s = sm();
  if (!s?.persisted) return { supported: false, persisted: false };
  const persisted = await s.persisted().catch(() => false);
  const est = s.estimate ? await s.estimate().catch(() => undefined) : undefined;
  return {
    supported: true,
    persisted,
    ...(est?.usage != null ? { usage: est.usage } : {}),
    ...(est?.quota != null ? { quota: est.quota } : {}),
  };
}

/** Asks the browser to keep Parley's data even under storage pressure. Resolves whether it agreed. */
export async function requestPersistence(): Promise<boolean> {
  const s = sm();
  if (!s?.persist) return false;
  try {
    return await s.persist();
  } catch {
    return false;
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

/** Walks an error and the errors it wraps (Dexie puts the IndexedDB cause in `inner` and `failures`). */
function* causes(err: unknown, depth = 0): Generator<{ name?: string; message?: string }> {
  if (!err || typeof err !== 'object' || depth > 5) return;
  const e = err as { name?: string; message?: string; inner?: unknown; cause?: unknown; failures?: unknown[]; failuresByPos?: Record<string, unknown> };
  yield e;
  yield* causes(e.inner, depth + 1);
  yield* causes(e.cause, depth + 1);
  for (const f of e.failures ?? []) yield* causes(f, depth + 1);
  for (const f of Object.values(e.failuresByPos ?? {})) yield* causes(f, depth + 1);
}

export function isQuotaError(err: unknown): boolean {
  for (const c of causes(err)) {
    if (c.name === 'QuotaExceededError' || c.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(c.message ?? '')) return true;
  }
  return false;
}

/** Any error from a write, in words. */
export function describeStorageError(err: unknown): string {
  if (isQuotaError(err))
    return 'Your browser has run out of room for Parley’s data (the storage quota is full). Nothing was changed. Free some disk space, or export and delete old notes, then try again.';
  for (const c of causes(err)) {
    if (c.name === 'MissingAPIError' || c.name === 'SecurityError' || (c.name === 'InvalidStateError' && /mutation|private/i.test(c.message ?? '')))
      return 'Parley cannot use its database here: this window allows extensions no storage (Firefox private windows may not). Open Parley from a normal window. Notes you saved before are not lost.';
    if (c.name === 'InvalidStateError' || c.name === 'DatabaseClosedError' || c.name === 'OpenFailedError' || c.name === 'UnknownError')
      return 'Parley could not open its database. In private windows some browsers allow no storage at all; otherwise restart the browser and try again. Notes you saved before are not lost.';
    if (c.name === 'VersionError') return 'Parley’s database was written by a newer version of Parley. Update Parley, then try again.';
  }
  const msg = err instanceof Error ? err.message : String(err);
  return msg || 'Something went wrong while saving.';
}
