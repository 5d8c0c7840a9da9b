import { describe, expect, it } from "vitest";
import { cachedAggregate, clearAggregates } from "./aggregate-cache.server";

describe("aggregate cache", () => {
  it("computes once per TTL, shares the computation between concurrent callers, and retries failures", async () => {
    clearAggregates();
    let calls = 0;
    const compute = async () => ++calls;
    const [a, b] = await Promise.all([cachedAggregate("k", 1000, compute, 0), cachedAggregate("k", 1000, compute, 10)]);
    expect([a.value, b.value, calls]).toEqual([1, 1, 1]);
    expect((await cachedAggregate("k", 1000, compute, 999)).value).toBe(1);
    expect((await cachedAggregate("k", 1000, compute, 1000)).value).toBe(2);
    await expect(cachedAggregate("f", 1000, () => Promise.reject(new Error("x")), 0)).rejects.toThrow("x");
    expect((await cachedAggregate("f", 1000, async () => "ok", 1)).value).toBe("ok");
  });
});
