import { createHash, randomBytes } from "node:crypto";
import { linkExpiry, linkState, passwordProblem, type LinkState, type PasswordProblem } from "~/domain/account-rules";
import { recordAudit, type Tx } from "~/utils/audit.server";
import { isCommonPassword } from "~/utils/common-passwords.server";
import { db } from "~/utils/db.server";
import { enqueueMessage, withdrawAccountMessages } from "~/utils/outbox.server";
import { hashPassword, verifyPassword } from "../../prisma/password";
import { revokeUserSessions } from "~/utils/session.server";

// Single-use links to choose a password (invitation, reset). The token is 32 random bytes in
// the link; the database keeps its SHA-256 only, so a copy of the database opens no account.

export type LinkPurpose = "INVITATION" | "RESET";

export const SET_PASSWORD_PATH = "/wachtwoord/instellen/";

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function checkPassword(password: string, email: string): PasswordProblem | null {
  return passwordProblem(password, { email, isCommon: isCommonPassword });
}

/**
 * A new link for this user, replacing any earlier unused one (so only the newest works),
 * and the outbox message that carries it; in the caller's transaction.
 */
export async function issueAccountLink(
  tx: Tx,
  input: { user: { id: string; email: string; name: string }; purpose: LinkPurpose; actorId: string | null; origin: string },
): Promise<{ link: string; messageId: string; expiresAt: Date }> {
  const now = new Date();
  await tx.accountToken.updateMany({ where: { userId: input.user.id, usedAt: null }, data: { usedAt: now } });
  await withdrawAccountMessages(tx, input.user.id);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = linkExpiry(now);
  await tx.accountToken.create({ data: { userId: input.user.id, purpose: input.purpose, tokenHash: hashToken(token), expiresAt }, select: { id: true } });
  const link = `${input.origin}${SET_PASSWORD_PATH}${token}`;
  const messageId = await enqueueMessage(tx, {
    kind: input.purpose === "INVITATION" ? "account.invitation" : "account.reset",
    recipient: input.user.email,
    body: { name: input.user.name, link, expiresAt: expiresAt.toISOString() },
    userId: input.user.id,
    createdById: input.actorId,
  });
  await recordAudit(tx, {
    trajectoryId: null,
    actorId: input.actorId,
    action: input.purpose === "INVITATION" ? "account.invitation-issued" : "account.reset-issued",
    entity: "User",
    entityId: input.user.id,
    after: { expiresAt: expiresAt.toISOString() },
  });
  return { link, messageId, expiresAt };
}

async function findToken(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  return db.accountToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      purpose: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { id: true, email: true, name: true, active: true, organisation: { select: { active: true } } } },
    },
  });
}

/** What a link leads to: its state and, while valid, whose password it sets. */
export async function accountLink(token: string): Promise<{ state: LinkState; purpose?: LinkPurpose; name?: string; email?: string }> {
  const row = await findToken(token);
  // A link of a deactivated account (or organisation) works no more than a used one.
  const usable = row && row.user.active && row.user.organisation?.active !== false;
  const state = row && !usable ? "used" : linkState(row);
  if (state !== "valid" || !row) return { state };
  return { state, purpose: row.purpose === "RESET" ? "RESET" : "INVITATION", name: row.user.name, email: row.user.email };
}

export type SetPasswordResult = { ok: true; userId: string } | { ok: false; state: Exclude<LinkState, "valid"> } | { ok: false; problem: PasswordProblem };

/**
 * Sets the password through a link, once: the token is claimed with a conditional update, so of
 * two simultaneous uses only one succeeds. Every session of the account is revoked.
 */
export async function setPasswordWithLink(token: string, password: string): Promise<SetPasswordResult> {
  const link = await accountLink(token);
  if (link.state !== "valid" || !link.email) return { ok: false, state: link.state === "valid" ? "unknown" : link.state };
  const problem = checkPassword(password, link.email);
  if (problem) return { ok: false, problem };
  const passwordHash = await hashPassword(password);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const row = await tx.accountToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, purpose: true } });
    if (!row) return { ok: false as const, state: "unknown" as const };
    const claimed = await tx.accountToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) return { ok: false as const, state: "used" as const };
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash }, select: { id: true } });
    await withdrawAccountMessages(tx, row.userId);
    await revokeUserSessions(row.userId, tx);
    await recordAudit(tx, {
      trajectoryId: null,
      actorId: row.userId,
      action: row.purpose === "RESET" ? "account.password-reset" : "account.invitation-accepted",
      entity: "User",
      entityId: row.userId,
    });
    return { ok: true as const, userId: row.userId };
  });
}

/**
 * "Forgot password": a reset link for an active account with this address, and nothing for
 * any other address. The caller answers the same either way.
 */
export async function requestPasswordReset(email: string, origin: string): Promise<void> {
  const user = await db.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, email: true, name: true, active: true, passwordHash: true, organisation: { select: { active: true } } },
  });
  if (!user || !user.active || user.organisation?.active === false) return;
  await db.$transaction((tx) =>
    issueAccountLink(tx, { user, purpose: user.passwordHash ? "RESET" : "INVITATION", actorId: null, origin }),
  );
}

export type ChangePasswordResult = { ok: true } | { ok: false; field: "current" | "password"; message: PasswordProblem | "password.currentWrong" };

/** Changing one's own password: needs the current one. The caller rotates the sessions. */
export async function changeOwnPassword(userId: string, current: string, next: string): Promise<ChangePasswordResult> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user.passwordHash || !(await verifyPassword(current, user.passwordHash))) return { ok: false, field: "current", message: "password.currentWrong" };
  const problem = checkPassword(next, user.email);
  if (problem) return { ok: false, field: "password", message: problem };
  const passwordHash = await hashPassword(next);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true } });
    await recordAudit(tx, { trajectoryId: null, actorId: userId, action: "account.password-changed", entity: "User", entityId: userId });
  });
  return { ok: true };
}
