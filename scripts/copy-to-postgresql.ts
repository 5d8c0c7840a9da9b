// Moving an installation from SQLite to PostgreSQL (decision 018): every row of every table,
// into an empty PostgreSQL database that PostgreSQL's migrations are first applied to. Then
// the row counts per table are compared and the audit chain is verified on the copy.
import Database from "better-sqlite3";
import pg from "pg";
import { verifyAuditChain } from "../app/models/audit-chain.server.ts";
import { createPostgresqlDb } from "../app/utils/db.server.ts";
import { applyPending, withEngine } from "../prisma/schema-engine.ts";

const BATCH = 500;

export interface CopyReport {
  tables: { table: string; rows: number }[];
  auditEvents: number;
}

/** Names the tables PostgreSQL holds in the URL's schema; an empty database holds none. */
async function tablesIn(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()");
  return rows.map((row) => row.name);
}

/** Tables in an order where every table comes after those its foreign keys point at. */
async function insertOrder(client: pg.Client, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
     FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`,
  );
  const unquote = (name: string) => name.replace(/^"|"$/g, "");
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const { child, parent } of rows) if (unquote(child) !== unquote(parent)) parents.get(unquote(child))?.add(unquote(parent));
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const parent of parents.get(table) ?? []) visit(parent, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

/** A SQLite value as PostgreSQL's column takes it: booleans from 0/1, instants as UTC text. */
function convert(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (type === "boolean") return Boolean(value);
  if (type.startsWith("timestamp")) {
    const date = typeof value === "number" || /^\d+$/.test(String(value)) ? new Date(Number(value)) : new Date(String(value));
    // Text without a zone: a Date would be sent in the machine's local time, which a column
    // without a time zone takes as it is.
    return date.toISOString().replace("T", " ").replace("Z", "");
  }
  if (typeof value === "bigint") return value.toString();
  return value;
}

export async function copyToPostgresql(sqliteFile: string, targetUrl: string, log: (line: string) => void = () => {}): Promise<CopyReport> {
  const client = new pg.Client({ connectionString: targetUrl });
  await client.connect();
  const source = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  try {
    const existing = await tablesIn(client);
    if (existing.length > 0) {
      throw new Error(`The target database is not empty (it holds ${existing.length} table(s), such as ${existing[0]}): copy only into a new, empty database.`);
    }
    await withEngine({ engine: "postgresql", url: targetUrl }, (engine) => applyPending(engine, "postgresql"));
    const tables = (await tablesIn(client)).filter((t) => t !== "_prisma_migrations");
    const sourceTables = new Set(
      source.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'").pluck().all() as string[],
    );
    const missing = [...sourceTables].filter((t) => !tables.includes(t));
    if (missing.length) throw new Error(`PostgreSQL's migrations have no table ${missing.join(", ")}: the two migration folders disagree.`);

    const report: CopyReport = { tables: [], auditEvents: 0 };
    await client.query("BEGIN");
    for (const table of await insertOrder(client, tables)) {
      // Reference data the migrations wrote (the sector list) comes from the source instead.
      await client.query(`DELETE FROM "${table}"`);
      const { rows: columns } = await client.query<{ name: string; type: string; serial: boolean }>(
        `SELECT column_name AS name, data_type AS type, column_default LIKE 'nextval(%' AS serial
         FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
        [table],
      );
      const names = columns.map((c) => `"${c.name}"`).join(", ");
      const read = source.prepare(`SELECT ${names} FROM "${table}"`).raw(true);
      let batch: unknown[][] = [];
      let copied = 0;
      const flush = async () => {
        if (!batch.length) return;
        const values: unknown[] = [];
        const tuples = batch.map((row) => `(${row.map((value, i) => (values.push(convert(value, columns[i]!.type)), `$${values.length}`)).join(", ")})`);
        await client.query(`INSERT INTO "${table}" (${names}) VALUES ${tuples.join(", ")}`, values);
        copied += batch.length;
        batch = [];
      };
      for (const row of read.iterate() as Iterable<unknown[]>) {
        batch.push(row);
        if (batch.length >= BATCH) await flush();
      }
      await flush();
      // An autoincrement column goes on after the highest copied id, not from 1.
      for (const column of columns.filter((c) => c.serial)) {
        await client.query(`SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT MAX("${column.name}") FROM "${table}"), 0) + 1, false)`, [`"${table}"`, column.name]);
      }
      report.tables.push({ table, rows: copied });
      log(`${table}: ${copied}`);
    }
    await client.query("COMMIT");

    for (const { table, rows } of report.tables) {
      const expected = sourceTables.has(table) ? Number(source.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get()) : 0;
      const { rows: [count] } = await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "${table}"`);
      if (Number(count?.n) !== expected || rows !== expected) {
        throw new Error(`${table}: ${expected} row(s) in SQLite, ${count?.n} in PostgreSQL.`);
      }
    }
    const copy = createPostgresqlDb(targetUrl);
    try {
      const verdict = await verifyAuditChain(copy);
      if (!verdict.ok) throw new Error(`The copied audit chain is broken at event ${verdict.brokenAt} (${verdict.reason}).`);
      report.auditEvents = verdict.checked;
    } finally {
      await copy.$disconnect();
    }
    return report;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    source.close();
    await client.end();
  }
}
