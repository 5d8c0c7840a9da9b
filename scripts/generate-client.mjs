// Generates the Prisma clients after install: SQLite's from schema.prisma, and PostgreSQL's from
// the variant derived from it (prisma/schema-variants.mjs). `prisma generate` needs no engine, but
// the CLI checks that a schema-engine path exists; point it at this file so it never tries a download.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { writePostgresqlSchema } from "../prisma/schema-variants.mjs";

function generate(extraArgs) {
  const result = spawnSync("npx", ["prisma", "generate", ...extraArgs], {
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: fileURLToPath(import.meta.url),
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

generate([]);
generate(["--schema", writePostgresqlSchema()]);
