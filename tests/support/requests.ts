import { db } from "~/utils/db.server";
import { createUserSession } from "~/utils/session.server";

export const ORIGIN = "http://localhost:3000";

/** A session cookie for the user with this email, made the way signing in makes one. */
export async function sessionCookieFor(email: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const response = await createUserSession(user.id, "/");
  const setCookie = response.headers.get("Set-Cookie") ?? "";
  return setCookie.split(";")[0] ?? "";
}

export function get(path: string, cookie?: string): Request {
  return new Request(new URL(path, ORIGIN), { headers: cookie ? { Cookie: cookie } : {} });
}

export function post(path: string, fields: Record<string, string | string[] | Blob> | FormData, cookie?: string, origin = ORIGIN): Request {
  let body: FormData;
  if (fields instanceof FormData) {
    body = fields;
  } else {
    body = new FormData();
    for (const [name, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
    }
  }
  const headers: Record<string, string> = { Origin: origin };
  if (cookie) headers.Cookie = cookie;
  return new Request(new URL(path, ORIGIN), { method: "POST", body, headers });
}

/** Runs a loader or action and returns the Response it threw or returned (404s, redirects, 400s). */
export async function responseOf(run: () => Promise<unknown>): Promise<Response> {
  try {
    const result = await run();
    if (result instanceof Response) return result;
    // Remix's data() helper returns a DataWithResponseInit; give it a status like a Response.
    if (result && typeof result === "object" && "type" in result && (result as { type: string }).type === "DataWithResponseInit") {
      const { data, init } = result as unknown as { data: unknown; init?: ResponseInit | null };
      return new Response(JSON.stringify(data), { status: init?.status ?? 200, headers: init?.headers ?? undefined });
    }
    return new Response(JSON.stringify(result), { status: 200 });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

export const routeArgs = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });
