import { defineConfig } from "prisma/config";

// Only `prisma generate` uses the Prisma CLI here; migrations run through prisma/migrate.ts
// (the schema engine's WebAssembly build), so no engine binary is ever downloaded.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
