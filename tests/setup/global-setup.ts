import { mkdir, rm } from "node:fs/promises";
import { applyPending, withEngine } from "../../prisma/schema-engine";
import { BASE_DB, TMP_DIR } from "./paths";

// Migrates one base database with Prisma's schema engine, once per run; every worker copies it.
export default async function setup() {
  await rm(TMP_DIR, { recursive: true, force: true });
  await mkdir(TMP_DIR, { recursive: true });
  await withEngine(BASE_DB, applyPending);
  return async () => {
    await rm(TMP_DIR, { recursive: true, force: true });
  };
}
