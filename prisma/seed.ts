// Loads the demo data into DATABASE_URL:  npx tsx prisma/seed.ts  (npm run db:seed)
// Builds its own client because app/utils/db.server.ts resolves the "~" alias, which
// plain tsx does not know.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../app/generated/prisma/client.ts";
import { PrismaClient as PostgresqlPrismaClient } from "../app/generated/prisma-postgresql/client.ts";
import { databaseEngine, databaseFile } from "./database-file.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "./seed-data.ts";

// A real installation starts without the demo: DEMO_DATA=off (see the README, "Putting it into service").
if (process.env.DEMO_DATA === "off") {
  console.info("DEMO_DATA=off: no demo data loaded. Create the first administrator with npm run admin:create.");
  process.exit(0);
}

// On PostgreSQL (decision 018) the demo is written through its own client: the two have the same models.
const postgresql = databaseEngine() === "postgresql";
const file = postgresql ? (process.env.DATABASE_URL ?? "").replace(/\/\/[^@/]*@/, "//") : databaseFile();
const db = postgresql
  ? (new PostgresqlPrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) }) as unknown as PrismaClient)
  : new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}` }) });
try {
  await seedDemo(db);
  const [trajectories, users] = await Promise.all([db.trajectory.count(), db.user.count()]);
  console.info(
    `Demo data ready in ${file}: ${trajectories} trajectories, ${users} users; ` +
      `sign in as ${DEMO_ACCOUNTS[0]?.email ?? "a demo account"} with password "${DEMO_PASSWORD}".`,
  );
} finally {
  await db.$disconnect();
}
