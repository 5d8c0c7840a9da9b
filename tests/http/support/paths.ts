import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
export const HTTP_TMP = path.join(ROOT, "tests/.tmp", `http-${process.env.TEST_RUN_ID ?? "0"}`);
export const HTTP_BASE_DB = path.join(HTTP_TMP, "base.db");
