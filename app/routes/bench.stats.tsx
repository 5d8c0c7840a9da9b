import { sqlStatementCount } from "~/utils/query-counter.server";

// Only for the load benchmark (BENCH_STATS=1): the number of SQL statements this server
// has sent so far, read before and after a request to count that request's queries.
export function loader() {
  if (process.env.BENCH_STATS !== "1") throw new Response("Not found", { status: 404 });
  return Response.json({ statements: sqlStatementCount() }, { headers: { "Cache-Control": "no-store" } });
}
