// npm run bench -- --scale N            load-test the production build on the scale-N database
// npm run bench -- --compare 1,100      both scales, then p95 growth per page
// npm run bench -- --scale 100 --reminders-only   only the reminder-run scenario (issue 13)
// npm run bench -- --scale 100 --mixed --engine sqlite|postgres --instances N   issue 16's mixed workload
// Options: --duration seconds per page (default 5; the mixed scenario's phases: 20),
// --connections (default 10; readers in the mixed scenario), --writers (mixed, default 4),
// --readers (mixed: reader connections when not --connections; 0 = the writers alone),
// --engine sqlite (default) or postgres (BENCH_POSTGRESQL_SERVER), --instances app servers (default 1).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { BENCH_ACCOUNTS, BENCH_PASSWORD, benchDatabase } from "./accounts.ts";
import Database from "better-sqlite3";
import { benchPages, type Role } from "./pages.ts";
import { measureSend } from "./themes.ts";
import { measureReminderRun, printReminderFigures } from "./reminders.ts";
import { readManifest, shippedJsBytes } from "./js-size.ts";
import { NO_POSTGRESQL_SERVER, benchTarget, parseEngine, type BenchTarget, type Engine } from "./engine.ts";
import { mixedClean, printMixed, runMixed } from "./mixed.ts";
import { closeClient } from "./http-client.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const BUILD_DIR = "build-bench";

interface Row {
  name: string;
  status: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  floorRatio: number;
  queries: number;
  jsBytes: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

/** Each server's stderr, beside the data; the mixed scenario counts busy/locked errors in it. */
const serverLog = (port: number) => path.join(ROOT, `bench/.tmp/server-${port}.log`);

async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  mkdirSync(path.join(ROOT, "bench/.tmp"), { recursive: true });
  const server = spawn(process.execPath, [path.join(ROOT, "server/index.js"), `${BUILD_DIR}/index.js`], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), DATABASE_URL: databaseUrl, BENCH_STATS: "1", NOTIFICATIONS: "off", SESSION_SECRET: "bench-session-secret-0123456789abcdef", BUILD_DIR },
    // Remix logs every unmatched URL; keep that out of the table, in a file beside the data.
    stdio: ["ignore", "ignore", openSync(serverLog(port), "a")],
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://localhost:${port}/inloggen`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error("The server did not start");
}

async function signIn(base: string, email: string): Promise<string> {
  const body = new URLSearchParams({ email, password: BENCH_PASSWORD, redirectTo: "/" });
  const response = await fetch(`${base}/inloggen`, { method: "POST", body, redirect: "manual", headers: { Origin: base } });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (response.status !== 302 || !cookie) throw new Error(`Could not sign in as ${email} (${response.status})`);
  return cookie;
}

async function statements(base: string): Promise<number> {
  return ((await (await fetch(`${base}/bench/stats`)).json()) as { statements: number }).statements;
}

/** SQL statements one request costs, from the server's own counter, over sequential requests. */
async function queriesPerRequest(base: string, pathname: string, cookie: string | undefined): Promise<number> {
  const headers = cookie ? { Cookie: cookie } : undefined;
  await fetch(base + pathname, { headers });
  const before = await statements(base);
  const samples = 3;
  for (let i = 0; i < samples; i++) await fetch(base + pathname, { headers });
  return ((await statements(base)) - before) / samples;
}

/** One autocannon per server, the connections split between them: a round-robin load balancer. */
async function load(bases: string[], pathname: string, cookie: string | undefined, duration: number, connections: number) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const share = Math.max(1, Math.round(connections / bases.length));
  const results = await Promise.all(
    bases.map(
      (base) =>
        // The callback form returns the instance (an event emitter), which reports every response's time.
        new Promise<autocannon.Result>((resolve, reject) => {
          const instance = autocannon({ url: base + pathname, connections: share, duration, headers: cookie ? { Cookie: cookie } : {} }, (error, done) =>
            error ? reject(error) : resolve(done),
          );
          instance.on("response", (_client, statusCode, _bytes, responseTime) => {
            latencies.push(responseTime);
            statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
          });
        }),
    ),
  );
  latencies.sort((a, b) => a - b);
  const status = [...statuses.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const rps = results.reduce((sum, result) => sum + result.requests.average, 0);
  return { rps, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), status };
}

interface Options {
  duration: number;
  connections: number;
  remindersOnly: boolean;
  mixed: boolean;
  writers: number;
  /** Reader connections in the mixed scenario (default --connections; 0: writes alone). */
  readers?: number;
  engine: Engine;
  instances: number;
}

/** N app servers on one database, each on its own port (BENCH_PORT: another first port when several benches share a machine). */
async function startServers(target: BenchTarget, scale: number, instances: number) {
  const first = Number(process.env.BENCH_PORT) || 3400 + (scale % 100);
  const ports = Array.from({ length: instances }, (_, i) => first + i);
  const servers: ChildProcess[] = [];
  try {
    for (const port of ports) servers.push(await startServer(target.url, port));
  } catch (error) {
    for (const server of servers) server.kill("SIGTERM");
    throw error;
  }
  return { servers, bases: ports.map((port) => `http://localhost:${port}`), logFiles: ports.map(serverLog) };
}

async function benchScale(scale: number, options: Options): Promise<Row[]> {
  const { duration, connections } = options;
  const databaseFile = benchDatabase(scale);
  if (!existsSync(databaseFile)) run("npx", ["tsx", "bench/generate.ts", "--scale", String(scale)]);
  // Data generated before a schema change gets the new migrations (indexes) first.
  else run("npx", ["tsx", "prisma/migrate.ts", "deploy"], { DATABASE_URL: `file:${databaseFile}` });
  // The mixed scenario writes to a copy made for the run; so does the page table on PostgreSQL,
  // so the cached copy stays as the SQLite file is. The SQLite page table uses the file as before.
  const target = await benchTarget(options.engine, databaseFile, scale, { scratch: options.mixed || options.engine === "postgresql" });
  const { servers, bases, logFiles } = await startServers(target, scale, options.instances).catch(async (error: unknown) => {
    await target.dispose();
    throw error;
  });
  const base = bases[0] as string;
  try {
    const cookies = new Map<Role, string | undefined>([["ANONYMOUS", undefined]]);
    for (const [role, email] of Object.entries(BENCH_ACCOUNTS)) cookies.set(role as Role, await signIn(base, email));
    if (options.mixed) {
      const figures = await runMixed({ bases, logFiles, pages: benchPages(databaseFile), cookies, target, seconds: duration, connections, readers: options.readers ?? connections, writers: options.writers });
      printMixed(figures);
      // One line per run, to put several runs side by side later.
      appendFileSync(path.join(ROOT, "bench/.tmp/mixed-runs.jsonl"), `${JSON.stringify({ at: new Date().toISOString(), scale, ...figures })}\n`);
      if (!mixedClean(figures)) process.exitCode = 1;
      return [];
    }
    // Before the pages' table writes anything: the page mix without and during one reminder run.
    const reminders = await measureReminderRun(base, databaseFile, benchPages(databaseFile), cookies, { seconds: duration, connections });
    printReminderFigures(scale, reminders);
    if (options.remindersOnly) return [];
    const manifest = readManifest(ROOT, BUILD_DIR);
    const floor = await load(bases, "/bench/floor", cookies.get("INSPECTOR"), duration, connections);
    const rows: Row[] = [
      { name: "floor (empty page)", ...floor, floorRatio: 1, queries: await queriesPerRequest(base, "/bench/floor", cookies.get("INSPECTOR")), jsBytes: 0 },
    ];
    for (const page of benchPages(databaseFile)) {
      const cookie = cookies.get(page.role);
      const queries = await queriesPerRequest(base, page.path, cookie);
      const measured = await load(bases, page.path, cookie, duration, connections);
      let jsBytes = Number.NaN;
      try {
        jsBytes = shippedJsBytes(ROOT, manifest, page.routes, BUILD_DIR);
      } catch {
        // a page whose route is not built yet: shown as n/a
      }
      rows.push({ name: page.name, ...measured, floorRatio: measured.p95 / floor.p95, queries, jsBytes });
      process.stderr.write(`  measured ${page.name}\n`);
    }
    // After the pages (it adds a theme): one request that sends to the whole theme sector.
    const inspector = new Database(databaseFile, { readonly: true });
    const leadId = (inspector.prepare("SELECT id FROM User WHERE email = ?").get(BENCH_ACCOUNTS.INSPECTOR) as { id: string }).id;
    inspector.close();
    const sent = await measureSend(base, cookies.get("INSPECTOR") ?? "", leadId, "fv-1-1");
    console.info(`\nScale ${scale}: sending one request to ${sent.recipients} organisations took ${sent.ms.toFixed(0)} ms (one POST)`);
    return rows;
  } finally {
    for (const server of servers) server.kill("SIGTERM");
    closeClient();
    await Promise.all(servers.map((server) => (server.exitCode === null ? new Promise((resolve) => server.once("exit", resolve)) : undefined)));
    await target.dispose();
  }
}

function printTable(scale: number, rows: Row[]) {
  const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");
  console.info(`\nScale ${scale}: latency in ms; JS = gzip bytes shipped on a first visit`);
  console.info(["page".padEnd(28), "status", "req/s".padStart(8), "p50".padStart(7), "p95".padStart(7), "p99".padStart(7), "p95/floor".padStart(10), "queries".padStart(8), "JS gzip".padStart(9)].join(" "));
  for (const r of rows) {
    console.info([r.name.padEnd(28), String(r.status).padStart(6), fmt(r.rps).padStart(8), fmt(r.p50).padStart(7), fmt(r.p95).padStart(7), fmt(r.p99).padStart(7), fmt(r.floorRatio, 2).padStart(10), fmt(r.queries).padStart(8), (Number.isFinite(r.jsBytes) ? String(r.jsBytes) : "n/a").padStart(9)].join(" "));
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "1" },
      compare: { type: "string" },
      duration: { type: "string" },
      connections: { type: "string", default: "10" },
      "reminders-only": { type: "boolean", default: false },
      mixed: { type: "boolean", default: false },
      writers: { type: "string", default: "4" },
      readers: { type: "string" },
      engine: { type: "string", default: "sqlite" },
      instances: { type: "string", default: "1" },
    },
  });
  const options: Options = {
    duration: Number(values.duration ?? (values.mixed ? 20 : 5)),
    connections: Number(values.connections),
    remindersOnly: values["reminders-only"],
    mixed: values.mixed,
    writers: Number(values.writers),
    readers: values.readers === undefined ? undefined : Number(values.readers),
    engine: parseEngine(values.engine),
    instances: Number(values.instances),
  };
  if (!Number.isInteger(options.instances) || options.instances < 1) throw new Error("--instances takes a whole number ≥ 1");
  if (!Number.isInteger(options.writers) || options.writers < 2) throw new Error("--writers takes a whole number ≥ 2 (half inspectors, half organisations)");
  if (options.engine === "postgresql" && !process.env.BENCH_POSTGRESQL_SERVER) {
    // Before the build, and without a stack trace: this is a missing setting, not a bug.
    console.error(NO_POSTGRESQL_SERVER);
    process.exit(2);
  }
  const scales = values.compare ? values.compare.split(",").map(Number) : [Number(values.scale)];
  if (scales.some((s) => !Number.isInteger(s) || s < 1)) throw new Error("Scales are whole numbers ≥ 1, e.g. --compare 1,100");
  run("npx", ["remix", "build"], { BUILD_DIR });
  const results = new Map<number, Row[]>();
  for (const scale of scales) {
    const rows = await benchScale(scale, options);
    results.set(scale, rows);
    if (rows.length > 0) printTable(scale, rows);
  }
  if (scales.length === 2) {
    const [small, large] = scales as [number, number];
    const base = new Map((results.get(small) ?? []).map((r) => [r.name.replace(/ \(p\d+\)$/, ""), r]));
    console.info(`\nGrowth: p95 at scale ${large} ÷ p95 at scale ${small} (target ≤ 1.5)`);
    for (const r of results.get(large) ?? []) {
      const key = r.name.replace(/ \(p\d+\)$/, "");
      const before = base.get(key);
      const ratio = before ? r.p95 / before.p95 : Number.NaN;
      console.info(`${key.padEnd(28)} ${Number.isFinite(ratio) ? ratio.toFixed(2) : "n/a"}`);
    }
  }
}

await main();
