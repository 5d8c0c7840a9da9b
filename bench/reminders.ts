// Issue 13's figure: one reminder run on the bench data, inside the server process beside the
// usual page mix, and page p95 during the run against p95 without it (target ≤ 1.2).
import autocannon from "autocannon";
import Database from "better-sqlite3";
import type { BenchPage, Role } from "./pages.ts";

/** The pages people use all day: start pages, lists, one trajectory and the deadlines. */
const MIX = ["start: inspector", "start: organisation", "start: manager", "trajectories p1", "trajectory", "norms matrix", "deadlines", "audit trail"];

export interface ReminderFigures {
  today: string;
  items: number;
  digests: number;
  skipped: number;
  statements: number;
  ms: number;
  baseline: MixLoad;
  during: MixLoad;
  ratio: number;
}

interface MixLoad {
  requests: number;
  p50: number;
  p95: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/**
 * The mix, each connection cycling through the pages with the right role's cookie. Runs for
 * `seconds`, or until `until` settles (then stops at once): only responses while it ran count.
 */
async function loadMix(base: string, pages: BenchPage[], cookies: Map<Role, string | undefined>, connections: number, seconds: number, until?: Promise<unknown>) {
  const latencies: number[] = [];
  let errors = 0;
  const requests = pages.map((page) => ({ method: "GET" as const, path: page.path, headers: { Cookie: cookies.get(page.role) ?? "" } }));
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon({ url: base, connections, duration: seconds, requests }, (error) => (error ? reject(error) : resolve()));
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode !== 200) errors++;
      latencies.push(responseTime);
    });
    void until?.finally(() => instance.stop());
  });
  return { latencies, errors };
}

function summary(...loads: { latencies: number[]; errors: number }[]): MixLoad {
  const latencies = loads.flatMap((load) => load.latencies).sort((a, b) => a - b);
  return { requests: latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95), errors: loads.reduce((n, load) => n + load.errors, 0) };
}

/** A day without digests yet in this database, so the run is a first run of the day (bench data is reused). */
function freshDay(databaseFile: string): string {
  const db = new Database(databaseFile, { readonly: true });
  try {
    const last = (db.prepare(`SELECT MAX(substr(dedupeKey, -10)) AS day FROM OutboxMessage WHERE kind = 'digest'`).get() as { day: string | null }).day;
    if (!last) return "2026-12-02";
    const next = new Date(`${last}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return next.toISOString().slice(0, 10);
  } finally {
    db.close();
  }
}

export async function measureReminderRun(
  base: string,
  databaseFile: string,
  allPages: BenchPage[],
  cookies: Map<Role, string | undefined>,
  options: { seconds: number; connections: number },
): Promise<ReminderFigures> {
  const pages = allPages.filter((page) => MIX.includes(page.name));
  // Warm both paths first: the read worker starts on first use, pages have their caches.
  await loadMix(base, pages, cookies, options.connections, 2);
  const before = await loadMix(base, pages, cookies, options.connections, options.seconds);
  const today = freshDay(databaseFile);
  const run = fetch(`${base}/bench/reminders`, {
    method: "POST",
    headers: { Cookie: cookies.get("ADMIN") ?? "", Origin: base },
    body: new URLSearchParams({ today }),
  }).then(async (response) => {
    if (!response.ok) throw new Error(`The reminder run answered ${response.status}`);
    return (await response.json()) as Omit<ReminderFigures, "baseline" | "during" | "ratio">;
  });
  // Long enough for any run; stopped as soon as the run has answered.
  const during = summary(await loadMix(base, pages, cookies, options.connections, 600, run));
  const figures = await run;
  // Without a run: the same time before and after it, so a machine that gets busier or quieter
  // meanwhile (other work on it) weighs on both sides alike.
  const baseline = summary(before, await loadMix(base, pages, cookies, options.connections, options.seconds));
  return { ...figures, baseline, during, ratio: during.p95 / baseline.p95 };
}

export function printReminderFigures(scale: number, f: ReminderFigures): void {
  console.info(`\nScale ${scale}: one reminder run in the server process (${f.today}), page mix of ${MIX.length} pages`);
  console.info(`  run: ${f.ms} ms, ${f.statements} SQL statements, ${f.items} items due, ${f.digests} digests written, ${f.skipped} already written`);
  console.info(`  page p95 without a run (before and after): ${f.baseline.p95.toFixed(1)} ms (p50 ${f.baseline.p50.toFixed(1)}, ${f.baseline.requests} requests, ${f.baseline.errors} not 200)`);
  console.info(`  page p95 during the run: ${f.during.p95.toFixed(1)} ms (p50 ${f.during.p50.toFixed(1)}, ${f.during.requests} requests, ${f.during.errors} not 200)`);
  console.info(`  ratio: ${f.ratio.toFixed(2)} (target ≤ 1.2)`);
}
