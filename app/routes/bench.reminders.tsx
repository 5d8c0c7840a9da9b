import type { ActionFunctionArgs } from "@remix-run/node";
import { isIsoDate, todayIso } from "~/domain/dates";
import { runReminders } from "~/models/reminder.server";
import { countStatementsOf } from "~/utils/query-counter.server";
import { requireActionUser } from "~/utils/session.server";

// Only for the load benchmark (BENCH_STATS=1): one reminder run inside this server process,
// beside the requests it serves, as the hourly job runs it (the bench starts the server with
// NOTIFICATIONS=off so the run happens exactly when measured). An administrator's POST; the
// answer is the run's figures: its duration and its own SQL statements, not the pages'.
export function loader() {
  throw new Response("Not found", { status: 404 });
}

export async function action({ request }: ActionFunctionArgs) {
  if (process.env.BENCH_STATS !== "1") throw new Response("Not found", { status: 404 });
  await requireActionUser(request, "admin:manage");
  const day = String((await request.formData()).get("today") ?? "");
  const today = isIsoDate(day) ? day : todayIso();
  const started = performance.now();
  const { result, statements } = await countStatementsOf(() => runReminders(today));
  return Response.json({ today, ...result, statements, ms: Math.round(performance.now() - started) }, { headers: { "Cache-Control": "no-store" } });
}
