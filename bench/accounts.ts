import path from "node:path";

// Accounts the generator creates and the benchmark signs in with, one per role.
export const BENCH_PASSWORD = "toezicht-demo";
export const BENCH_ACCOUNTS = {
  INSPECTOR: "inspecteur-1@bench.example",
  ORGANISATION: "org-1@bench.example",
  MANAGER: "teamleider-1@bench.example",
  ADMIN: "beheer@bench.example",
} as const;

export function benchDatabase(scale: number): string {
  return path.resolve(import.meta.dirname, ".tmp", `bench-scale-${scale}.db`);
}
