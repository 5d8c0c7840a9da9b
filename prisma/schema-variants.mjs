// One schema.prisma is the source of truth; PostgreSQL's variant of it is derived here, not
// kept by hand, so the two can never drift. Plain JavaScript: postinstall runs it with node.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const SCHEMA_PATH = path.resolve(import.meta.dirname, "schema.prisma");
/** Where the derived schema is written for `prisma generate` (a git-ignored folder). */
export const POSTGRESQL_SCHEMA_PATH = path.resolve(import.meta.dirname, "..", "app", "generated", "schema.postgresql.prisma");

/**
 * schema.prisma with the datasource's provider swapped to PostgreSQL and the client generated
 * into its own folder (written beside POSTGRESQL_SCHEMA_PATH, so the output path is relative to it).
 * Throws when a line it relies on has changed, rather than deriving a wrong schema silently.
 */
export function postgresqlSchema(sqliteSchema) {
  const provider = /(datasource db \{\s*provider\s*=\s*)"sqlite"/;
  const output = /(generator client \{[^}]*output\s*=\s*)"\.\.\/app\/generated\/prisma"/;
  if (!provider.test(sqliteSchema) || !output.test(sqliteSchema)) {
    throw new Error('schema.prisma: expected datasource db { provider = "sqlite" } and output = "../app/generated/prisma"');
  }
  return sqliteSchema.replace(provider, '$1"postgresql"').replace(output, '$1"./prisma-postgresql"');
}

/** Writes the PostgreSQL variant; returns its path. */
export function writePostgresqlSchema() {
  mkdirSync(path.dirname(POSTGRESQL_SCHEMA_PATH), { recursive: true });
  writeFileSync(POSTGRESQL_SCHEMA_PATH, postgresqlSchema(readFileSync(SCHEMA_PATH, "utf8")));
  return POSTGRESQL_SCHEMA_PATH;
}
