import { describe, expect, it } from "vitest";
import { pageStateKey } from "../e2e/support/page-audit";

// The browser tests skip the axe audit of a page state they have audited already; these
// cases pin down what counts as the same state.
describe("page state key", () => {
  const form = (invalid: boolean, text: string) =>
    `<html lang="nl"><main><h1>${text}</h1><label for="f">Bevindingen</label><textarea id="f" name="findings" aria-invalid="${invalid}"></textarea>${invalid ? '<p class="field-error" id="f-error">Vul dit veld in.</p>' : ""}</main></html>`;

  it("is the same for the same page with other data or more rows", () => {
    const rows = (n: number) => `<table><tbody>${'<tr><td class="badge badge--met"><a href="/x">x</a></td></tr>'.repeat(n)}</tbody></table>`;
    expect(pageStateKey(rows(9), true)).toBe(pageStateKey(rows(10), true));
    expect(pageStateKey(form(false, "PZ-1"), true)).toBe(pageStateKey(form(false, "PZ-7"), true));
  });

  it("differs for a field error, another language, another class or JavaScript off", () => {
    const base = pageStateKey(form(false, "PZ-1"), true);
    expect(pageStateKey(form(true, "PZ-1"), true)).not.toBe(base);
    expect(pageStateKey(form(false, "PZ-1").replace('lang="nl"', 'lang="en"'), true)).not.toBe(base);
    expect(pageStateKey(form(false, "PZ-1").replace("<h1>", '<h1 class="visually-hidden">'), true)).not.toBe(base);
    expect(pageStateKey(form(false, "PZ-1"), false)).not.toBe(base);
  });
});
