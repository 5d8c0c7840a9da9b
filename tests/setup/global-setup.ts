import { mkdir, readdir, rm } from "node:fs/promises";
import { applyPending, withEngine } from "../../prisma/schema-engine";
import { BASE_DB, TMP_DIR } from "./paths";

// Migrates one base database with Prisma's schema engine, once per run; every worker copies it.
export default async function setup() {
  await mkdir(TMP_DIR, { recursive: true });
  for (const name of await readdir(TMP_DIR)) {
    if (name.startsWith("worker-") || name.startsWith("base.db")) await rm(`${TMP_DIR}/${name}`, { force: true });
  }
  await withEngine(BASE_DB, applyPending);
}
