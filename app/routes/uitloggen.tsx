import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { assertSameOrigin } from "~/utils/security.server";
import { logout } from "~/utils/session.server";

// Signing out changes state, so it is a POST only; a GET just goes home.
export const loader = () => redirect("/");

export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  return logout(request);
}
