import type { Page } from "playwright-core";
import { expect } from "vitest";

// Chromium reports each Content-Security-Policy violation on the console ("Refused to …
// because it violates the following Content Security Policy directive"). A page that trips the
// policy has something that does not work for real users, so a browser test fails on it.
const violations = new WeakMap<Page, string[]>();

/** Starts collecting the page's CSP violations. */
export function watchCsp(page: Page): void {
  const seen: string[] = [];
  violations.set(page, seen);
  page.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy/i.test(text)) seen.push(`${page.url()}: ${text}`);
  });
}

/** The violations seen so far on this page (and clears them). */
export function takeCspViolations(page: Page): string[] {
  const seen = violations.get(page) ?? [];
  return seen.splice(0, seen.length);
}

/** Fails the test when the page has violated the CSP since the last check. */
export function expectNoCspViolations(page: Page): void {
  expect(takeCspViolations(page), "Content-Security-Policy violations").toEqual([]);
}
