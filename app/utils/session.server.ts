import { randomBytes } from "node:crypto";
import { createCookie, redirect } from "@remix-run/node";
import { QUERY } from "~/domain/query-params";
import { isRole, type Role } from "~/domain/roles";
import { can, type Permission } from "~/domain/permissions";
import { db } from "./db.server";
import { SESSION_SECRETS, isProduction } from "./env.server";
import { assertSameOrigin } from "./security.server";

const SESSION_HOURS = 8;
/** A session unused this long ends, whatever its absolute expiry. */
export const IDLE_MINUTES = 30;
// lastSeenAt is written at most once a minute per session, not on every request.
const TOUCH_AFTER_MS = 60_000;

const sqlTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

// The cookie holds only a signed session id; the session itself is a row, so it can be revoked.
const sessionCookie = createCookie("__session", {
  httpOnly: true,
  sameSite: "lax",
  secure: isProduction,
  path: "/",
  secrets: SESSION_SECRETS,
  maxAge: SESSION_HOURS * 60 * 60,
});

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string | null;
  organisationName: string | null;
}

async function newSessionCookie(userId: string): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const now = new Date();
  await db.session.create({
    data: { id, userId, expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000), createdAt: now, lastSeenAt: now },
  });
  return sessionCookie.serialize(id);
}

/**
 * A new session with a new id. The session the request came with (if any) is deleted, so an
 * id planted before sign-in (session fixation) never becomes a signed-in session.
 */
export async function createUserSession(userId: string, redirectTo: string, options: { request?: Request; setCookies?: string[] } = {}): Promise<Response> {
  const previous = options.request ? await sessionId(options.request) : null;
  if (previous) await db.session.deleteMany({ where: { id: previous } });
  const headers = new Headers();
  headers.append("Set-Cookie", await newSessionCookie(userId));
  for (const cookie of options.setCookies ?? []) headers.append("Set-Cookie", cookie);
  return redirect(redirectTo, { headers });
}

/**
 * Signs the user out everywhere at once: every session row goes, so each open browser is
 * sent to the sign-in page on its next request. Pass the transaction to revoke together with
 * the change that calls for it. (A database trigger does the same whenever a user's role,
 * password or active flag changes; this covers changes the trigger does not see, such as an
 * organisation being deactivated.)
 */
export async function revokeUserSessions(userId: string, tx: Pick<typeof db, "session"> = db): Promise<number> {
  const { count } = await tx.session.deleteMany({ where: { userId } });
  return count;
}

/**
 * A fresh session id for this browser and none for any other (after a password change):
 * returns the Set-Cookie header for the response.
 */
export async function rotateSession(userId: string): Promise<string> {
  await revokeUserSessions(userId);
  return newSessionCookie(userId);
}

// A device on which someone signed in to an account before: its sign-in attempts for that
// account are throttled apart from everyone else's (app/domain/login-throttle.ts).
const deviceCookie = createCookie("__device", {
  httpOnly: true,
  sameSite: "lax",
  secure: isProduction,
  path: "/",
  secrets: SESSION_SECRETS,
  maxAge: 365 * 24 * 60 * 60,
});

/** The device id when the request carries a valid device cookie for this email. */
export async function knownDeviceId(request: Request, email: string): Promise<string | null> {
  const value: unknown = await deviceCookie.parse(request.headers.get("Cookie"));
  if (!value || typeof value !== "object") return null;
  const { email: owner, id } = value as { email?: unknown; id?: unknown };
  return owner === email.toLowerCase() && typeof id === "string" ? id : null;
}

export async function deviceCookieFor(email: string, id = randomBytes(16).toString("base64url")): Promise<string> {
  return deviceCookie.serialize({ email: email.toLowerCase(), id });
}

async function sessionId(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

interface SessionRow {
  id: string;
  name: string;
  email: string;
  role: string;
  organisationId: string | null;
  organisationName: string | null;
  lastSeenAt: string;
}

export async function getUser(request: Request): Promise<SessionUser | null> {
  const id = await sessionId(request);
  if (!id) return null;
  const now = new Date();
  // Every request runs this, so it is one joined statement (Prisma's nested select would be three).
  const rows = await db.$queryRaw<SessionRow[]>`
    SELECT u.id, u.name, u.email, u.role, u.organisationId, o.name AS organisationName, s.lastSeenAt
    FROM Session s
    JOIN User u ON u.id = s.userId
    LEFT JOIN Organisation o ON o.id = u.organisationId
    WHERE s.id = ${id} AND s.expiresAt > ${sqlTime(now)} AND s.lastSeenAt > ${sqlTime(new Date(now.getTime() - IDLE_MINUTES * 60_000))} AND u.active = TRUE
      AND (o.id IS NULL OR o.active = TRUE)`;
  const row = rows[0];
  if (!row || !isRole(row.role)) return null;
  if (now.getTime() - new Date(row.lastSeenAt).getTime() > TOUCH_AFTER_MS) {
    await db.$executeRaw`UPDATE Session SET lastSeenAt = ${sqlTime(now)} WHERE id = ${id}`;
  }
  const { lastSeenAt: _, ...user } = row;
  return { ...user, role: row.role };
}

function loginRedirect(request: Request): Response {
  const url = new URL(request.url);
  const params = new URLSearchParams({ [QUERY.returnTo]: `${url.pathname}${url.search}` });
  return redirect(`/inloggen?${params}`);
}

/** The signed-in user; otherwise a redirect to the sign-in page that comes back here. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (!user) throw loginRedirect(request);
  return user;
}

/** requireUser plus the permission; 403 when the role may not do this at all. */
export async function requirePermission(request: Request, permission: Permission): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!can(user.role, permission)) throw new Response("Forbidden", { status: 403 });
  return user;
}

/** For actions: the request must come from our own pages (CSRF), then the user. */
export async function requireActionUser(request: Request, permission?: Permission): Promise<SessionUser> {
  assertSameOrigin(request);
  return permission ? requirePermission(request, permission) : requireUser(request);
}

export async function logout(request: Request): Promise<Response> {
  const id = await sessionId(request);
  if (id) await db.session.deleteMany({ where: { id } });
  return redirect("/inloggen?uitgelogd=1", {
    headers: { "Set-Cookie": await sessionCookie.serialize("", { maxAge: 0 }) },
  });
}
