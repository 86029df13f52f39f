import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { describeStorageError, formatBytes, isQuotaError, requestPersistence, storageStatus } from '../../../lib/db/storage';

describe('storage errors in words', () => {
  it('recognises quota errors however Dexie wraps them', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('bulkPut failed', [quota]))).toBe(true);
    expect(isQuotaError(new Error('nope'))).toBe(false);
    expect(describeStorageError(quota)).toMatch(/run out of room.*Nothing was changed/);
    expect(describeStorageError(new Dexie.DatabaseClosedError())).toMatch(/could not open its database/);
    expect(describeStorageError(new Error('A note needs some text.'))).toBe('A note needs some text.');
  });

  it('formats sizes', () => {
    expect(formatBytes(500)).toBe('500 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(25 * 1024 * 1024)).toBe('25 MB');
  });

  it('reports persistence through navigator.storage when there is one', async () => {
    const calls: string[] = [];
    vi.stubGlobal('navigator', {
      storage: {
        persisted: async () => calls.includes('persist'),
        persist: async () => (calls.push('persist'), true),
        estimate: async () => ({ usage: 2048, quota: 1 << 30 }),
      },
    });
    try {
      expect(await storageStatus()).toEqual({ supported: true, persisted: false, usage: 2048, quota: 1 << 30 });
      expect(await requestPersistence()).toBe(true);
      expect((await storageStatus()).persisted).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
