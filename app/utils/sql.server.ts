import { Prisma } from "~/generated/prisma/client";

/**
 * The first rows of "status IN (a, b, ...) ORDER BY due LIMIT n", written so SQLite can read
 * them from a (status, due) index: one ordered, limited read per state, glued with UNION ALL
 * (the caller orders the union again). Written as one IN condition, SQLite sorts every
 * matching row of the table before taking the first n: thousands at 100x scale.
 */
export function perStateInIndexOrder(states: readonly string[], read: (state: string) => Prisma.Sql): Prisma.Sql {
  return Prisma.join(
    states.map((state) => Prisma.sql`SELECT * FROM (${read(state)})`),
    " UNION ALL ",
  );
}
