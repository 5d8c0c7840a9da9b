import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient as PostgresqlPrismaClient } from "../../app/generated/prisma-postgresql/client";
import type { PrismaClient } from "../../app/generated/prisma/client";
import { adminQuery, createDatabase } from "../../prisma/postgresql";
import { applyPending, withEngine } from "../../prisma/schema-engine";
import { seedDemo } from "../../prisma/seed-data";
import { POSTGRESQL_SERVER_URL, postgresDatabaseName } from "../setup/paths";
import { signIn, spawnApp } from "./support/app-server";
import { HTTP_TMP } from "./support/paths";

// Two app servers on one PostgreSQL database behave as one (decision 018): a session made on
// one is honoured by the other, and an edit saved on one makes the same edit from the same
// version on the other a 409. Needs a PostgreSQL server: TEST_DATABASE_URL=postgresql://…
// or TEST_POSTGRESQL_SERVER (CI gives one; see docs/deploy.md).
const NAME = postgresDatabaseName("several_servers");

describe.runIf(POSTGRESQL_SERVER_URL)("two app servers on one PostgreSQL database", () => {
  let db: PostgresqlPrismaClient;
  const servers: { baseURL: string; stop(): Promise<void> }[] = [];

  beforeAll(async () => {
    const url = await createDatabase(POSTGRESQL_SERVER_URL!, NAME);
    await withEngine({ engine: "postgresql", url }, (engine) => applyPending(engine, "postgresql"));
    db = new PostgresqlPrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    await seedDemo(db as unknown as PrismaClient);
    for (const name of ["server-a", "server-b"]) servers.push(await spawnApp(path.join(HTTP_TMP, name), { DATABASE_URL: url }));
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await db?.$disconnect();
    if (POSTGRESQL_SERVER_URL) await adminQuery(POSTGRESQL_SERVER_URL, `DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
  });

  it("honours a session made on the other server, and ends it there when it is revoked", async () => {
    const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
    const cookie = await signIn(a.baseURL, "inspecteur@igj.example");
    const onB = await fetch(`${b.baseURL}/trajecten`, { headers: { Cookie: cookie }, redirect: "manual" });
    expect(onB.status).toBe(200);
    await db.session.deleteMany({ where: { user: { email: "inspecteur@igj.example" } } });
    const afterRevoke = await fetch(`${b.baseURL}/trajecten`, { headers: { Cookie: cookie }, redirect: "manual" });
    expect(afterRevoke.status).toBe(302);
  });

  it("refuses with 409 on one server a save from a version the other server already moved on", async () => {
    const [a, b] = servers as [(typeof servers)[0], (typeof servers)[0]];
    const lead = await db.user.findUniqueOrThrow({ where: { email: "inspecteur@igj.example" }, select: { id: true } });
    const head = await db.normAssessment.findFirstOrThrow({
      where: { round: { trajectory: { leadInspectorId: lead.id } } },
      select: { roundId: true, normId: true, version: true, round: { select: { trajectoryId: true } } },
    });
    const url = (server: (typeof servers)[0]) => `${server.baseURL}/trajecten/${head.round.trajectoryId}/beoordelingen/${head.roundId}/${head.normId}`;
    const save = async (server: (typeof servers)[0], cookie: string, findings: string) =>
      fetch(url(server), {
        method: "POST",
        redirect: "manual",
        headers: { Origin: server.baseURL, Cookie: cookie },
        body: new URLSearchParams({ rating: "PARTLY_MEETS", findings, evidence: "", version: String(head.version) }),
      });

    const [onA, onB] = [await signIn(a.baseURL, "inspecteur@igj.example"), await signIn(b.baseURL, "inspecteur@igj.example")];
    const first = await save(a, onA, "Opgeslagen op server A");
    expect(first.status).toBe(302);
    const second = await save(b, onB, "Eigen tekst op server B");
    expect(second.status).toBe(409);
    // The refused text is shown back to the user, the stored one is A's.
    expect(await second.text()).toContain("Eigen tekst op server B");
    const stored = await db.normAssessment.findUniqueOrThrow({ where: { roundId_normId: { roundId: head.roundId, normId: head.normId } } });
    expect(stored).toMatchObject({ version: head.version + 1, findings: "Opgeslagen op server A" });
  });
});
