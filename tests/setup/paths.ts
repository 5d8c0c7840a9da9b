import path from "node:path";

export const TMP_DIR = path.resolve(import.meta.dirname, "..", ".tmp", `run-${process.env.TEST_RUN_ID ?? "0"}`);
export const BASE_DB = path.join(TMP_DIR, "base.db");
