// Portfolio-wide aggregates (the rating distribution over every norm assessment, the
// workload of every inspector) cost time in proportion to the whole portfolio. A manager's
// dashboard does not need them to the second, and the page says how fresh they are. Each is
// computed at most once per TTL per server process, stale-while-revalidate: only the very
// first request waits for the computation; after that a request past the TTL gets the last
// value at once and starts one refresh in the background, so no request pays for the whole
// portfolio.
interface Computed<T> {
  value: T;
  computedAt: Date;
}

interface Entry<T> {
  current?: Computed<T>;
  inflight?: Promise<Computed<T>>;
}

const entries = new Map<string, Entry<unknown>>();

function refresh<T>(entry: Entry<T>, compute: () => Promise<T>, now: number): Promise<Computed<T>> {
  entry.inflight ??= compute()
    .then((value) => (entry.current = { value, computedAt: new Date(now) }))
    .finally(() => {
      entry.inflight = undefined;
    });
  return entry.inflight;
}

export async function cachedAggregate<T>(key: string, ttlMs: number, compute: () => Promise<T>, now = Date.now()): Promise<Computed<T>> {
  let entry = entries.get(key) as Entry<T> | undefined;
  if (!entry) entries.set(key, (entry = {}));
  const { current } = entry;
  if (!current) return refresh(entry, compute, now);
  if (now - current.computedAt.getTime() >= ttlMs) {
    // A failed refresh keeps the last value; the next request past the TTL tries again.
    refresh(entry, compute, now).catch(() => undefined);
  }
  return current;
}

/** For tests: forget every cached aggregate. */
export function clearAggregates(): void {
  entries.clear();
}
