// Issue 16's mixed workload: readers browse the benchmark pages while inspectors save norm
// assessments and organisations save and submit progress reports, all through the app's own
// forms (POST with the session cookie and Origin, as a browser sends them), on one or several
// app servers. Afterwards the database is read (read-only) to prove that every write the app
// acknowledged is there: every saved text carries a token of its own.
import { stat } from "node:fs/promises";
import { loadavg } from "node:os";
import type { BenchTarget } from "./engine.ts";
import { BUSY, SERIALISATION, checkWrites, logMatches, type WriteKind } from "./mixed-checks.ts";
import { BENCH_ACCOUNTS, BENCH_PASSWORD } from "./accounts.ts";
import { send, type Reply } from "./http-client.ts";
import type { BenchPage, Role } from "./pages.ts";

export interface MixedOptions {
  bases: string[];
  /** Each server's log (stderr), to count the busy/locked/serialisation errors it wrote. */
  logFiles: string[];
  pages: BenchPage[];
  cookies: Map<Role, string | undefined>;
  target: BenchTarget;
  seconds: number;
  /** Connections for the floor alone (the page table's --connections). */
  connections: number;
  readers: number;
  writers: number;
}

export interface Latency {
  n: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}


export interface MixedFigures {
  engine: string;
  instances: number;
  seconds: number;
  /** 1-minute load average before and after the mix: the machine is shared. */
  load: [number, number];
  floor: Latency;
  reads: Latency;
  /** Read latency per page, slowest p95 first. */
  readPages: { name: string; latency: Latency }[];
  writes: Latency;
  byKind: Record<WriteKind, Latency>;
  errors: { server: number; conflict: number; other: number; network: number; busyLocked: number; serialisation: number };
  acknowledged: number;
  lost: number;
  auditChain: string;
  /** Organisation writers that used up their open report requests before the end. */
  ranOut: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function latency(samples: number[], seconds: number): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, rps: sorted.length / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

/** What one phase (floor or mix) saw. Writes are kept until the database check. */
class Tally {
  reads: number[] = [];
  /** Per page, to say which pages a slow read p95 comes from. */
  readsByPage = new Map<string, number[]>();
  writes = new Map<WriteKind, number[]>();
  errors = { server: 0, conflict: 0, other: 0, network: 0 };
  acknowledged: { kind: WriteKind; token: string }[] = [];
  notes = new Set<string>();
  /** How long each 5xx took: at once (a refusal) or after the busy timeout (a wait that gave up). */
  failedAfter: number[] = [];

  count(reply: Reply, what: string): void {
    if (reply.status >= 500) {
      this.errors.server++;
      this.failedAfter.push(Math.round(reply.ms));
    } else if (reply.status === 409) this.errors.conflict++;
    else return;
    this.notes.add(`${reply.status} on ${what}`);
  }

  unexpected(reply: Reply, what: string): void {
    this.errors.other++;
    this.notes.add(`${reply.status} on ${what}`);
  }

  failed(error: unknown, what: string): void {
    this.errors.network++;
    this.notes.add(`${(error as Error).message} on ${what}`);
  }
}

/** Connection i goes to server i mod N: a load balancer that spreads connections round-robin. */
const baseFor = (bases: string[], i: number) => bases[i % bases.length] as string;

async function read(tally: Tally, base: string, path: string, cookie: string | undefined, keepBody = false, name = "writers' pages"): Promise<Reply | null> {
  try {
    const reply = await send(base, "GET", path, { cookie, keepBody });
    tally.reads.push(reply.ms);
    const samples = tally.readsByPage.get(name) ?? [];
    samples.push(reply.ms);
    tally.readsByPage.set(name, samples);
    if (reply.status !== 200) {
      if (reply.status >= 500 || reply.status === 409) tally.count(reply, `GET ${path}`);
      else tally.unexpected(reply, `GET ${path}`);
    }
    return reply;
  } catch (error) {
    tally.failed(error, `GET ${path}`);
    return null;
  }
}

/** One form POST; a redirect is the app's acknowledgement that the write is stored. */
async function write(tally: Tally, kind: WriteKind, base: string, path: string, cookie: string, form: URLSearchParams, token: string): Promise<Reply | null> {
  try {
    const reply = await send(base, "POST", path, { cookie, form });
    const samples = tally.writes.get(kind) ?? [];
    samples.push(reply.ms);
    tally.writes.set(kind, samples);
    if (reply.status === 302 || reply.status === 303) tally.acknowledged.push({ kind, token });
    else if (reply.status >= 500 || reply.status === 409) tally.count(reply, `${kind} POST`);
    else tally.unexpected(reply, `${kind} POST`);
    return reply;
  } catch (error) {
    tally.failed(error, `${kind} POST`);
    return null;
  }
}

const versionIn = (html: string) => Number(/name="version" value="(\d+)"/.exec(html)?.[1] ?? Number.NaN);

async function signIn(base: string, email: string): Promise<string> {
  const reply = await send(base, "POST", "/inloggen", { form: new URLSearchParams({ email, password: BENCH_PASSWORD, redirectTo: "/" }) });
  const cookie = reply.setCookie[0]?.split(";")[0];
  if (reply.status !== 302 || !cookie) throw new Error(`Could not sign in as ${email} (${reply.status})`);
  return cookie;
}

interface AssessmentTarget {
  email: string;
  trajectoryId: string;
  roundId: string;
  normId: string;
}

/**
 * One norm assessment per inspector writer, each led by a different inspector (not the bench
 * inspector, whose pages the readers browse): two writers never edit the same assessment, so a
 * 409 is never expected and any is reported.
 */
async function assessmentTargets(target: BenchTarget, count: number): Promise<AssessmentTarget[]> {
  const found: AssessmentTarget[] = [];
  for (let i = 2; found.length < count && i < 2 + count * 4; i++) {
    const [row] = await target.query<AssessmentTarget>(
      `SELECT u.email AS "email", t.id AS "trajectoryId", a."roundId" AS "roundId", a."normId" AS "normId"
       FROM "User" u JOIN "Trajectory" t ON t."leadInspectorId" = u.id
       JOIN "AssessmentRound" r ON r."trajectoryId" = t.id JOIN "NormAssessment" a ON a."roundId" = r.id
       WHERE u.email = ? AND t.status = 'ACTIVE' ORDER BY t.id, r.id, a."normId" LIMIT 1`,
      [`inspecteur-${i}@bench.example`],
    );
    if (row) found.push(row);
  }
  if (found.length < count) throw new Error(`Only ${found.length} inspectors with an active trajectory to write to; regenerate the data.`);
  return found;
}

interface ReportTarget {
  email: string;
  trajectoryId: string;
  requestId: string;
}

/** Open report requests of open trajectories with their organisation's user, split over the writers. */
async function reportTargets(target: BenchTarget, writers: number, perWriter: number): Promise<ReportTarget[][]> {
  const rows = await target.query<ReportTarget>(
    `SELECT u.email AS "email", t.id AS "trajectoryId", q.id AS "requestId"
     FROM "ProgressReportRequest" q JOIN "Trajectory" t ON t.id = q."trajectoryId"
     JOIN "User" u ON u."organisationId" = t."organisationId" AND u.role = 'ORGANISATION' AND u.active = TRUE
     WHERE q.status IN ('REQUESTED', 'MORE_INFO_NEEDED') AND t.status <> 'ARCHIVED' AND u.email <> ?
     ORDER BY q.id LIMIT ?`,
    [BENCH_ACCOUNTS.ORGANISATION, writers * perWriter],
  );
  return Array.from({ length: writers }, (_, w) => rows.filter((_, i) => i % writers === w));
}

const RATINGS = ["MEETS", "LARGELY_MEETS", "PARTLY_MEETS", "DOES_NOT_MEET"];

/** An inspector saving one norm assessment again and again, from the version the last save returned. */
async function inspectorWriter(tally: Tally, base: string, t: AssessmentTarget, token: () => string, running: () => boolean) {
  const cookie = await signIn(base, t.email);
  const page = `/trajecten/${t.trajectoryId}/beoordelingen/${t.roundId}/${t.normId}`;
  let version = versionIn((await read(tally, base, page, cookie, true))?.body ?? "");
  for (let n = 0; running(); n++) {
    const findings = token();
    const form = new URLSearchParams({ rating: RATINGS[n % RATINGS.length] as string, findings, evidence: "", version: String(version) });
    const reply = await write(tally, "assessment", base, page, cookie, form, findings);
    const saved = reply?.location ? new URL(reply.location, base) : null;
    if (saved && saved.searchParams.has("opgeslagen")) {
      version = Number(saved.searchParams.get("opgeslagen"));
      // The browser follows the redirect: the page that shows the saved revision.
      await read(tally, base, saved.pathname + saved.search, cookie);
    } else {
      // Refused or failed: start again from what the page shows now.
      version = versionIn((await read(tally, base, page, cookie, true))?.body ?? "");
    }
  }
}

/** An organisation user per request: opens it, saves a draft, then submits it. */
async function organisationWriter(tally: Tally, base: string, requests: ReportTarget[], token: () => string, running: () => boolean): Promise<boolean> {
  const cookies = new Map<string, string>();
  for (const r of requests) {
    if (!running()) return false;
    let cookie = cookies.get(r.email);
    if (!cookie) {
      try {
        cookies.set(r.email, (cookie = await signIn(base, r.email)));
      } catch (error) {
        tally.failed(error, "sign-in");
        continue;
      }
    }
    const page = `/trajecten/${r.trajectoryId}/rapportages/${r.requestId}`;
    const opened = await read(tally, base, page, cookie, true);
    if (!opened || !/name="summary"/.test(opened.body)) continue;
    const norms = [...opened.body.matchAll(/name="(progress-[^"]+)"/g)].map((m) => m[1] as string);
    const form = (intent: string, text: string, version: number) =>
      new URLSearchParams([["intent", intent], ["summary", text], ["version", String(version)], ...norms.map((name) => [name, `Voortgang ${text}`])]);
    const draft = token();
    const saved = await write(tally, "report draft", base, page, cookie, form("save", draft, versionIn(opened.body)), draft);
    if (saved?.status !== 302 || !running()) continue;
    const reopened = await read(tally, base, page, cookie, true);
    if (!reopened) continue;
    const final = token();
    const submitted = await write(tally, "report submit", base, page, cookie, form("submit", final, versionIn(reopened.body)), final);
    if (submitted?.location) await read(tally, base, new URL(submitted.location, base).pathname, cookie);
  }
  return running();
}

/** Readers: each connection cycles through the pages from its own starting point, with the page's role. */
async function reader(tally: Tally, base: string, pages: BenchPage[], cookies: Map<Role, string | undefined>, offset: number, running: () => boolean) {
  for (let i = offset; running(); i++) {
    const page = pages[i % pages.length] as BenchPage;
    await read(tally, base, page.path, cookies.get(page.role), false, page.name);
  }
}

async function floorLoad(options: MixedOptions, seconds: number): Promise<Latency> {
  const tally = new Tally();
  const end = Date.now() + seconds * 1000;
  const floorPage: BenchPage = { name: "floor", path: "/bench/floor", role: "INSPECTOR", routes: [] };
  await Promise.all(Array.from({ length: options.connections }, (_, i) => reader(tally, baseFor(options.bases, i), [floorPage], options.cookies, 0, () => Date.now() < end)));
  return latency(tally.reads, seconds);
}

export async function runMixed(options: MixedOptions, log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<MixedFigures> {
  const loadBefore = loadavg()[0] as number;
  const orgWriters = Math.floor(options.writers / 2);
  const inspectorWriters = options.writers - orgWriters;
  const assessments = await assessmentTargets(options.target, inspectorWriters);
  // Enough open requests that no writer runs out in the run (about 6 a second at most per writer).
  const reports = await reportTargets(options.target, orgWriters, Math.max(40, options.seconds * 8));

  // Warm-up (not counted): the read worker starts, caches fill, every server has seen each page.
  const warm = Date.now() + 3000;
  await Promise.all(Array.from({ length: options.connections }, (_, i) => reader(new Tally(), baseFor(options.bases, i), options.pages, options.cookies, i, () => Date.now() < warm)));
  log(`  floor alone, ${options.seconds} s…`);
  const floor = await floorLoad(options, options.seconds);

  const runId = Date.now().toString(36);
  const prefix = `bm-${runId}-`;
  let serial = 0;
  const token = (writer: number) => () => `${prefix}w${writer}-${++serial}`;
  const auditFrom = Number((await options.target.query<{ n: number | string | null }>(`SELECT MAX(id) AS n FROM "AuditEvent"`))[0]?.n ?? 0);
  const offsets = await Promise.all(options.logFiles.map(async (file) => (await stat(file)).size));

  log(`  mix: ${options.readers} readers, ${inspectorWriters} inspectors and ${orgWriters} organisations writing, ${options.seconds} s…`);
  const tally = new Tally();
  const started = performance.now();
  const end = Date.now() + options.seconds * 1000;
  const running = () => Date.now() < end;
  const readers = Array.from({ length: options.readers }, (_, i) => reader(tally, baseFor(options.bases, i), options.pages, options.cookies, i * 3, running));
  // Writers take the servers in turn after the readers, so each server gets its share of both.
  const inspectors = assessments.map((t, w) => inspectorWriter(tally, baseFor(options.bases, options.readers + w), t, token(w), running));
  const organisations = reports.map((requests, w) =>
    organisationWriter(tally, baseFor(options.bases, options.readers + inspectorWriters + w), requests, token(inspectorWriters + w), running),
  );
  const [, , outcomes] = await Promise.all([Promise.all(readers), Promise.all(inspectors), Promise.all(organisations)]);
  const seconds = (performance.now() - started) / 1000;

  const busyLocked = await logMatches(options.logFiles, offsets, BUSY);
  const serialisation = await logMatches(options.logFiles, offsets, SERIALISATION);
  const check = await checkWrites(options.target, prefix, tally.acknowledged, auditFrom);
  if (tally.notes.size) log(`  not as expected: ${[...tally.notes].slice(0, 8).join("; ")}`);
  if (tally.failedAfter.length) log(`  the 5xx answered after (ms): ${tally.failedAfter.sort((a, b) => a - b).join(", ")}`);
  if (check.lost) log(`  LOST writes, e.g. ${check.examples.join(", ")}`);
  const kinds: WriteKind[] = ["assessment", "report draft", "report submit"];
  return {
    engine: options.target.engine,
    instances: options.bases.length,
    seconds,
    load: [loadBefore, loadavg()[0] as number],
    floor,
    reads: latency(tally.reads, seconds),
    readPages: [...tally.readsByPage].map(([name, samples]) => ({ name, latency: latency(samples, seconds) })).sort((a, b) => b.latency.p95 - a.latency.p95),
    writes: latency(kinds.flatMap((kind) => tally.writes.get(kind) ?? []), seconds),
    byKind: Object.fromEntries(kinds.map((kind) => [kind, latency(tally.writes.get(kind) ?? [], seconds)])) as Record<WriteKind, Latency>,
    errors: { ...tally.errors, busyLocked, serialisation },
    acknowledged: tally.acknowledged.length,
    lost: check.lost,
    auditChain: check.chain,
    ranOut: outcomes.filter((stillRunning) => stillRunning).length,
  };
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

export function printMixed(f: MixedFigures): void {
  const e = f.errors;
  console.info(`\nMixed workload on ${f.engine}, ${f.instances} app server(s), ${fmt(f.seconds, 0)} s (load average ${fmt(f.load[0], 2)} before, ${fmt(f.load[1], 2)} after)`);
  console.info(`  floor alone:  p50 ${fmt(f.floor.p50)}  p95 ${fmt(f.floor.p95)} ms, ${fmt(f.floor.rps)} req/s`);
  console.info(`  reads:        p50 ${fmt(f.reads.p50)}  p95 ${fmt(f.reads.p95)} ms, ${fmt(f.reads.rps)} req/s (${f.reads.n}), p95/floor ${fmt(f.reads.p95 / f.floor.p95, 2)}`);
  console.info(`  writes:       p50 ${fmt(f.writes.p50)}  p95 ${fmt(f.writes.p95)} ms, ${fmt(f.writes.rps)} req/s (${f.writes.n}), p95/floor ${fmt(f.writes.p95 / f.floor.p95, 2)}`);
  const slowest = f.readPages.slice(0, 5).map((p) => `${p.name} ${fmt(p.latency.p95, 0)}`);
  console.info(`    slowest read p95 (ms): ${slowest.join(", ")}`);
  for (const [kind, l] of Object.entries(f.byKind)) console.info(`    ${kind.padEnd(14)} p50 ${fmt(l.p50)}  p95 ${fmt(l.p95)} ms (${l.n})`);
  console.info(`  errors: 5xx ${e.server}, 409 ${e.conflict}, other status ${e.other}, network ${e.network}, busy/locked ${e.busyLocked}, serialisation ${e.serialisation}`);
  console.info(`  acknowledged writes ${f.acknowledged}, lost ${f.lost}; audit chain ${f.auditChain}${f.ranOut ? `; ${f.ranOut} organisation writer(s) ran out of open requests` : ""}`);
  console.info("  markdown row:");
  console.info(
    `| ${f.engine} | ${f.instances} | ${fmt(f.floor.p95)} | ${fmt(f.reads.p50)} / ${fmt(f.reads.p95)} | ${fmt(f.writes.p50)} / ${fmt(f.writes.p95)} | ${fmt(f.writes.p95 / f.floor.p95, 2)} | ${fmt(f.reads.rps, 0)} / ${fmt(f.writes.rps, 0)} | ${e.server} / ${e.conflict} / ${e.busyLocked} / ${e.serialisation} / ${e.network + e.other} | ${f.acknowledged} / ${f.lost} | ${fmt(f.load[0], 1)}–${fmt(f.load[1], 1)} |`,
  );
}

/** True when the targets' hard part holds: no errors of any kind and no lost writes. */
export function mixedClean(f: MixedFigures): boolean {
  const e = f.errors;
  return e.server + e.conflict + e.other + e.network + e.busyLocked + e.serialisation + f.lost === 0;
}
