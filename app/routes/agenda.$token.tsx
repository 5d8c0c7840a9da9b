import type { LoaderFunctionArgs } from "@remix-run/node";
import { calendarFeed } from "~/models/calendar-feed.server";
import { appUrl } from "~/utils/mail-transport.server";

// A user's private calendar feed (RFC 5545). Calendar apps send no cookie: the secret token in
// the address is the credential, so an unknown or revoked one is simply not found.
export async function loader({ params }: LoaderFunctionArgs) {
  const body = await calendarFeed(params.token ?? "", appUrl());
  if (body === null) throw new Response("Not found", { status: 404 });
  return new Response(body, {
    headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer" },
  });
}
