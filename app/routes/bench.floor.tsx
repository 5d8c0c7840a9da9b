import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/utils/session.server";

// The benchmark's floor: the cheapest page this server can serve with the same session
// check every page does. Every page's latency is compared with this one's.
export async function loader({ request }: LoaderFunctionArgs) {
  if (process.env.BENCH_STATS !== "1") throw new Response("Not found", { status: 404 });
  await requireUser(request);
  return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}
