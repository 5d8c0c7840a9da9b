import { createHash } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { expect, inject } from "vitest";
import { htmlErrors } from "./html-checker";

// Checks on every page the browser tests audit, besides axe:
// - one date format (issue 17): dates read as the app writes them ("9 maart 2026"), never
//   shortened ("28 okt") nor in the browser's own format (a native date field showing "03/09/2026");
// - valid HTML: the rendered DOM passes the W3C Nu HTML Checker with zero errors;
// - reflow (WCAG 1.4.10): at 320 CSS px nothing scrolls sideways, except a data table inside
//   its own scroll container that is labelled by a visible element and reachable by keyboard.
// Both work on a copy of the page's current DOM, so the page under test is never resized or
// disturbed, and both run once per distinct page (state), however often a journey passes it.

const validated = new Set<string>();
const reflowed = new Set<string>();

export const REFLOW_WIDTH = 320;

export async function checkPageQuality(page: Page): Promise<void> {
  const html = await page.content();
  const url = new URL(page.url());
  await expectValidHtml(url, html);
  await expectReflow(page, url, html);
}

async function expectValidHtml(url: URL, html: string): Promise<void> {
  // Values that change on every request (nonces, tokens) do not make a page distinct.
  const key = createHash("sha1")
    .update(url.pathname)
    .update(html.replace(/\b(nonce|value)="[^"]*"/g, ""))
    .digest("hex");
  if (validated.has(key)) return;
  const errors = await htmlErrors(inject("htmlCheckerURL"), html);
  const summary = errors.map((e) => `line ${e.lastLine ?? "?"}: ${e.message}${e.extract ? ` [${e.extract.trim()}]` : ""}`);
  expect(summary.length, `HTML errors on ${url.pathname}${url.search}:\n${summary.join("\n")}`).toBe(0);
  validated.add(key);
}

// One scratch page per browser at 320 px: it renders the copy with scripts removed, so the
// layout is that of the DOM as the user had it, without any script reacting to the resize.
const scratchPages = new WeakMap<Browser, Promise<{ page: Page; serve: (html: string) => void }>>();

function scratchFor(browser: Browser, baseURL: string) {
  let scratch = scratchPages.get(browser);
  if (!scratch) {
    scratch = (async () => {
      const context = await browser.newContext({ baseURL, locale: "nl-NL", viewport: { width: REFLOW_WIDTH, height: 640 } });
      const page = await context.newPage();
      let current = "";
      await page.route("**/*", (route) =>
        route.request().resourceType() === "document"
          ? route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: current })
          : route.continue(),
      );
      return { page, serve: (html: string) => (current = html) };
    })();
    scratchPages.set(browser, scratch);
  }
  return scratch;
}

export interface ReflowProblem {
  element: string;
  problem: string;
}

async function expectReflow(page: Page, url: URL, html: string): Promise<void> {
  if (reflowed.has(url.pathname)) return;
  const browser = page.context().browser();
  if (!browser) throw new Error("No browser for the reflow check");
  const { page: scratch, serve } = await scratchFor(browser, url.origin);
  serve(html.replace(/<script\b[\s\S]*?<\/script>/gi, ""));
  await scratch.goto(url.href, { waitUntil: "load" });
  const problems = await scratch.evaluate(findReflowProblems);
  const list = problems.map((p) => `${p.element}: ${p.problem}`).join("\n");
  expect(problems.length, `sideways scrolling at ${REFLOW_WIDTH} px on ${url.pathname}:\n${list}`).toBe(0);
  reflowed.add(url.pathname);
}

/** Runs in the page: what makes the page, or a region in it, scroll sideways. */
export function findReflowProblems(): ReflowProblem[] {
  const problems: ReflowProblem[] = [];
  const describe = (el: Element) => {
    const id = el.id ? `#${el.id}` : "";
    const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
    const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
    return `${el.tagName.toLowerCase()}${id}${cls} "${text}"`;
  };
  const isScroller = (el: Element) => {
    const overflowX = getComputedStyle(el).overflowX;
    return (overflowX === "auto" || overflowX === "scroll") && el.scrollWidth > el.clientWidth + 1;
  };
  const allowedScroller = (el: Element): string | null => {
    if (!el.querySelector("table")) return "scrolls sideways but holds no data table";
    const labelledBy = el.getAttribute("aria-labelledby");
    const label = labelledBy ? document.getElementById(labelledBy) : null;
    if (!label || !(label.textContent ?? "").trim() || label.getClientRects().length === 0) return "has no visible label (aria-labelledby)";
    if (el.getAttribute("role") !== "region") return 'is not a labelled region (role="region")';
    if (el.getAttribute("tabindex") !== "0") return 'cannot be scrolled by keyboard (tabindex="0")';
    return null;
  };

  const viewport = document.documentElement.clientWidth;
  for (const el of Array.from(document.body.querySelectorAll("*"))) {
    if (isScroller(el)) {
      const problem = allowedScroller(el);
      if (problem) problems.push({ element: describe(el), problem });
    }
  }
  if (document.documentElement.scrollWidth > viewport) {
    // Name the outermost elements that stick out, not every descendant of them.
    const sticking = Array.from(document.body.querySelectorAll("*")).filter((el) => {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= viewport + 1) return false;
      for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (isScroller(parent)) return false;
      }
      return true;
    });
    const outermost = sticking.filter((el) => !sticking.some((other) => other !== el && other.contains(el) ));
    const wide = document.documentElement.scrollWidth - viewport;
    for (const el of outermost.slice(0, 5)) problems.push({ element: describe(el), problem: `page scrolls ${wide} px sideways` });
    if (outermost.length === 0) problems.push({ element: "html", problem: `page scrolls ${wide} px sideways` });
  }
  return problems;
}

const SHORT_MONTH = /\b\d{1,2} (jan|feb|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)\b\.?/i;
const NUMERIC_DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}(?!\d)/;

/**
 * What on the page breaks the app's one date format: a native date field (it shows the day in
 * the browser's format, whatever the page's language), or a short-month or numeric date in the
 * page's text. Text people typed (text areas, input values) is theirs and not looked at.
 */
export function dateFormatProblems(html: string): string[] {
  const problems: string[] = [];
  const dateInput = /<input\b[^>]*\btype="date"[^>]*>/i.exec(html);
  if (dateInput) problems.push(`a native date field, shown in the browser's format: ${dateInput[0].slice(0, 120)}`);
  const text = html
    .replace(/<(script|style|textarea)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]*>/g, "\n")
    .replace(/&nbsp;/g, " ");
  for (const line of text.split("\n")) {
    const match = SHORT_MONTH.exec(line) ?? NUMERIC_DATE.exec(line);
    if (match) problems.push(`"${match[0]}" in "${line.trim().slice(0, 80)}"`);
  }
  return problems;
}

export function expectOneDateFormat(url: string, html: string): void {
  const problems = dateFormatProblems(html);
  expect(problems.length, `dates not in the app's format on ${new URL(url).pathname}:\n${problems.join("\n")}`).toBe(0);
}
