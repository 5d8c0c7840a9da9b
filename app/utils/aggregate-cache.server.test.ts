import { beforeEach, describe, expect, it } from "vitest";
import { cachedAggregate, clearAggregates } from "./aggregate-cache.server";

/** Lets a background refresh finish. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

function counter() {
  let calls = 0;
  return { compute: async () => ++calls, calls: () => calls };
}

describe("aggregate cache", () => {
  beforeEach(clearAggregates);

  it("computes once for concurrent first callers and serves that value within the TTL", async () => {
    const c = counter();
    const [a, b] = await Promise.all([cachedAggregate("k", 1000, c.compute, 0), cachedAggregate("k", 1000, c.compute, 10)]);
    expect([a.value, b.value, c.calls()]).toEqual([1, 1, 1]);
    expect((await cachedAggregate("k", 1000, c.compute, 999)).value).toBe(1);
    expect(c.calls()).toBe(1);
  });

  it("past the TTL answers with the last value at once and refreshes once in the background", async () => {
    const c = counter();
    await cachedAggregate("k", 1000, c.compute, 0);
    const [stale, alsoStale] = await Promise.all([cachedAggregate("k", 1000, c.compute, 1000), cachedAggregate("k", 1000, c.compute, 1001)]);
    expect([stale.value, alsoStale.value]).toEqual([1, 1]);
    await settled();
    const fresh = await cachedAggregate("k", 1000, c.compute, 1002);
    expect([fresh.value, fresh.computedAt.getTime(), c.calls()]).toEqual([2, 1000, 2]);
  });

  it("does not keep a failed first computation, and keeps the last value when a refresh fails", async () => {
    await expect(cachedAggregate("f", 1000, () => Promise.reject(new Error("x")), 0)).rejects.toThrow("x");
    expect((await cachedAggregate("f", 1000, async () => "ok", 1)).value).toBe("ok");
    expect((await cachedAggregate("f", 1000, () => Promise.reject(new Error("y")), 2000)).value).toBe("ok");
    await settled();
    expect((await cachedAggregate("f", 1000, async () => "again", 2001)).value).toBe("ok");
    await settled();
    expect((await cachedAggregate("f", 1000, async () => "later", 2002)).value).toBe("again");
  });
});
