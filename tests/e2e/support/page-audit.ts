import { createHash } from "node:crypto";
import { appendFile, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Which page states a browser-test run has already audited. Running axe after every click made
 * up much of the suite's time while most clicks lead to a state already audited: the same page
 * with other data, or the same form again. A page state is the set of distinct elements on the
 * page — tag name, attribute names, and the values of the attributes that change what an audit
 * finds (role, type, class, the ARIA states, language) — with text and data left out, plus
 * whether JavaScript runs. A table with nine rows and one with ten are one state; the same form
 * with a field error (aria-invalid, an error element) is another.
 */
const KEPT_VALUES = new Set([
  "role",
  "type",
  "class",
  "lang",
  "dir",
  "scope",
  "tabindex",
  "hidden",
  "disabled",
  "aria-invalid",
  "aria-expanded",
  "aria-current",
  "aria-hidden",
  "aria-live",
  "aria-selected",
  "aria-checked",
  "aria-disabled",
]);

const TAG = /<([a-zA-Z][\w-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

export function pageStateKey(html: string, javaScript: boolean): string {
  const elements = new Set<string>();
  for (const [, tag = "", attributes = ""] of html.matchAll(TAG)) {
    const kept = [...attributes.matchAll(ATTRIBUTE)].map(([, name = "", value = ""]) => (KEPT_VALUES.has(name.toLowerCase()) ? `${name}=${value}` : name)).sort();
    elements.add(`${tag.toLowerCase()}[${kept.join(" ")}]`);
  }
  return createHash("sha256")
    .update(`${javaScript ? "js" : "no-js"}\n${[...elements].sort().join("\n")}`)
    .digest("hex");
}

/** The file that records audited states, shared by every test file of one run. */
export function auditLog(dir: string): string {
  return path.join(dir, "audited-page-states.txt");
}

/**
 * Runs `audit` unless this run already audited the same page state, and records the outcome:
 * "audited" or "repeat" lines, counted at the end of the run (see global-setup.ts). A state is
 * recorded as audited only after its audit passed, so a failing page is audited again.
 */
export async function auditPageState(dir: string, url: string, html: string, javaScript: boolean, audit: () => Promise<void>): Promise<void> {
  const key = pageStateKey(html, javaScript);
  const log = auditLog(dir);
  const seen = await readFile(log, "utf8").catch(() => "");
  if (seen.includes(`audited ${key}`)) {
    await appendFile(log, `repeat ${key} 0 ${url}\n`);
    return;
  }
  const started = performance.now();
  await audit();
  await appendFile(log, `audited ${key} ${Math.round(performance.now() - started)} ${url}\n`);
}

/** Counts of the run's audits, for the figure printed when the browser tests end. */
export async function auditCounts(dir: string): Promise<{ audited: number; repeats: number; seconds: number }> {
  const lines = (await readFile(auditLog(dir), "utf8").catch(() => "")).split("\n");
  const audited = lines.filter((l) => l.startsWith("audited "));
  const milliseconds = audited.reduce((sum, line) => sum + Number(line.split(" ")[2] ?? 0), 0);
  return { audited: audited.length, repeats: lines.filter((l) => l.startsWith("repeat ")).length, seconds: Math.round(milliseconds / 1000) };
}
