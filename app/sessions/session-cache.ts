// A bounded in-memory map of session JSON by session key: oldest entries dropped first, expired
// entries never returned. A read that started before an invalidation of its key is not cached
// (it may have seen the row just before another instance changed or deleted it).
export class SessionCache {
  private readonly entries = new Map<string, { json: string; expiresAt: number }>();
  private readonly invalidatedAt = new Map<string, number>();
  private version = 0;
  private clearedAt = 0;

  constructor(private readonly maxEntries: number) {}

  // Marks the start of a database read whose result may be cached.
  readStarted(): number {
    return this.version;
  }

  get(key: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.json;
  }

  set(key: string, json: string, expiresAt: number, readVersion = this.version): void {
    if (this.clearedAt > readVersion || (this.invalidatedAt.get(key) ?? -1) > readVersion) return;
    this.entries.delete(key);
    this.entries.set(key, { json, expiresAt });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  invalidate(key: string): void {
    this.entries.delete(key);
    this.version += 1;
    this.invalidatedAt.set(key, this.version);
    if (this.invalidatedAt.size > 10_000) {
      this.invalidatedAt.clear();
      this.clearedAt = this.version;
    }
  }

  clear(): void {
    this.entries.clear();
    this.version += 1;
    this.clearedAt = this.version;
  }
}
