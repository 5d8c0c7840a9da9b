// Portfolio-wide aggregates (the rating distribution over every norm assessment, the
// workload of every inspector) cost time in proportion to the whole portfolio. A manager's
// dashboard does not need them to the second: each is computed at most once per TTL per
// server process — by one request at a time, others wait for that result — and the page
// says how fresh it is.
interface Entry {
  value: Promise<unknown>;
  computedAt: Date;
}

const entries = new Map<string, Entry>();

export async function cachedAggregate<T>(key: string, ttlMs: number, compute: () => Promise<T>, now = Date.now()): Promise<{ value: T; computedAt: Date }> {
  const entry = entries.get(key);
  if (entry && now - entry.computedAt.getTime() < ttlMs) return { value: (await entry.value) as T, computedAt: entry.computedAt };
  const fresh: Entry = { value: compute(), computedAt: new Date(now) };
  entries.set(key, fresh);
  try {
    return { value: (await fresh.value) as T, computedAt: fresh.computedAt };
  } catch (error) {
    // A failed computation is not cached: the next request tries again.
    if (entries.get(key) === fresh) entries.delete(key);
    throw error;
  }
}

/** For tests: forget every cached aggregate. */
export function clearAggregates(): void {
  entries.clear();
}
