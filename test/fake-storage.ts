/**
 * In-memory storage areas with the browsers' sync quotas, for testing the
 * settings store: an item over `QUOTA_BYTES_PER_ITEM` or a total over
 * `QUOTA_BYTES` makes `set` fail whole, as Chrome's and Firefox's do.
 */

import type { Area } from '../src/shared/settings-store.js';

export class FakeArea implements Area {
  readonly data = new Map<string, unknown>();
  writes = 0;
  failNext: string | null = null;

  constructor(private readonly quota: { perItem: number; total: number } | null = null) {}

  static sync(): FakeArea {
    return new FakeArea({ perItem: 8192, total: 102_400 });
  }

  private size(key: string, value: unknown): number {
    return new TextEncoder().encode(key).length + new TextEncoder().encode(JSON.stringify(value)).length;
  }

  async get(keys: string | string[] | null = null): Promise<Record<string, unknown>> {
    const wanted = keys === null || keys === undefined ? [...this.data.keys()] : [keys].flat();
    const out: Record<string, unknown> = {};
    for (const k of wanted) if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failNext) {
      const message = this.failNext;
      this.failNext = null;
      throw new Error(message);
    }
    if (this.quota) {
      for (const [k, v] of Object.entries(items)) {
        if (this.size(k, v) > this.quota.perItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
      const next = new Map(this.data);
      for (const [k, v] of Object.entries(items)) next.set(k, v);
      let total = 0;
      for (const [k, v] of next) total += this.size(k, v);
      if (total > this.quota.total) throw new Error('QUOTA_BYTES quota exceeded');
    }
    this.writes++;
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const k of [keys].flat()) this.data.delete(k);
  }
}
