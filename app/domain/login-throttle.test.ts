import { describe, expect, it } from "vitest";
import { ACCOUNT_LIMIT, DEVICE_LIMIT, secondsToWait, throttleKeys } from "./login-throttle";

describe("login throttle", () => {
  it("counts a client without the device cookie per account and per address", () => {
    expect(throttleKeys("Sanne@IGJ.example", null, "10.0.0.1")).toEqual({ account: "account:sanne@igj.example", address: "address:10.0.0.1", limit: ACCOUNT_LIMIT });
  });

  it("counts a known device on its own, apart from the account and the address", () => {
    expect(throttleKeys("sanne@igj.example", "d1", "10.0.0.1")).toEqual({ account: "device:d1", address: null, limit: DEVICE_LIMIT });
  });

  it("waits until the oldest failure leaves the 15-minute window", () => {
    const now = new Date("2026-03-09T10:00:00Z");
    expect(secondsToWait(new Date("2026-03-09T09:50:00Z"), now)).toBe(300);
    expect(secondsToWait(new Date("2026-03-09T09:44:00Z"), now)).toBe(1);
  });
});
