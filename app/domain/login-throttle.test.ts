import { describe, expect, it } from "vitest";
import { secondsToWait } from "./login-throttle";

describe("login throttle", () => {
  const now = new Date("2026-03-09T10:00:00Z");
  const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);

  it("lets the first failures through", () => {
    expect(secondsToWait(4, secondsAgo(0), now)).toBe(0);
  });

  it("doubles the wait with each further failure, up to 15 minutes", () => {
    expect(secondsToWait(5, secondsAgo(0), now)).toBe(30);
    expect(secondsToWait(6, secondsAgo(10), now)).toBe(50);
    expect(secondsToWait(30, secondsAgo(0), now)).toBe(900);
  });

  it("lets the user try again once the wait has passed", () => {
    expect(secondsToWait(5, secondsAgo(31), now)).toBe(0);
  });
});
