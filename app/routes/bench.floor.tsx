import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireUser } from "~/utils/session.server";

// The benchmark's floor: the cheapest page this server can serve — the same document, root
// loader, layout and session check as every page, with no content of its own. Each page's
// latency is compared with this one's, so the ratio shows what the page itself costs.
export async function loader({ request }: LoaderFunctionArgs) {
  if (process.env.BENCH_STATS !== "1") throw new Response("Not found", { status: 404 });
  const user = await requireUser(request);
  return { name: user.name };
}

export default function Floor() {
  const { name } = useLoaderData<typeof loader>();
  return <h1>{name}</h1>;
}
