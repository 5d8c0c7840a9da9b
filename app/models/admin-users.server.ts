import type { ActiveStatus, ChangeUserInput, InviteUserInput } from "~/domain/account-forms";
import { isOwnAccount, organisationRequirement } from "~/domain/account-rules";
import type { Role } from "~/domain/roles";
import { recordAudit, type Tx } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import { revokeUserSessions } from "~/utils/session.server";
import { issueAccountLink } from "./admin-account-links.server";
import { activeWhere, auditActiveChange } from "./admin-shared.server";

// Users as the administrator manages them: invitations, role and organisation, (de)activation.

export interface UserFilters {
  q: string;
  role: string;
  organisationId: string;
  status: ActiveStatus;
}

export async function listUsers(filters: UserFilters, page: { skip: number; take: number }) {
  // Addresses are stored lower-cased; names are searched as typed.
  const q = filters.q.toLowerCase();
  const where = {
    ...(q ? { OR: [{ name: { contains: filters.q } }, { email: { contains: q } }] } : {}),
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.organisationId ? { organisationId: filters.organisationId } : {}),
    ...activeWhere(filters.status),
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: page.skip,
      take: page.take,
      select: { id: true, name: true, email: true, role: true, active: true, lastSignInAt: true, passwordHash: true, organisation: { select: { id: true, name: true } } },
    }),
    db.user.count({ where }),
  ]);
  return { users: rows.map(({ passwordHash, ...u }) => ({ ...u, invited: passwordHash === "" })), total };
}

/** Organisations to filter the users list by: those that have users, by name. */
export async function organisationsWithUsers() {
  return db.organisation.findMany({ where: { users: { some: {} } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export async function getUserForAdmin(id: string) {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      lastSignInAt: true,
      createdAt: true,
      version: true,
      passwordHash: true,
      organisation: { select: { id: true, name: true, kvkNumber: true, active: true } },
    },
  });
  if (!user) return null;
  const { passwordHash, ...rest } = user;
  return { ...rest, invited: passwordHash === "" };
}

type OrganisationField = { ok: false; field: "organisationKvk"; message: "admin.field.organisationRequired" | "admin.field.organisationForbidden" | "admin.field.organisationUnknown" | "admin.field.organisationInactive" };

/** The organisation a role needs: one active organisation for an organisation user, none for anyone else. */
async function organisationFor(tx: Tx, role: Role, kvk: string): Promise<{ ok: true; organisationId: string | null } | OrganisationField> {
  const requirement = organisationRequirement(role);
  if (requirement === "forbidden") {
    return kvk ? { ok: false, field: "organisationKvk", message: "admin.field.organisationForbidden" } : { ok: true, organisationId: null };
  }
  if (!kvk) return { ok: false, field: "organisationKvk", message: "admin.field.organisationRequired" };
  const org = await tx.organisation.findUnique({ where: { kvkNumber: kvk }, select: { id: true, active: true } });
  if (!org) return { ok: false, field: "organisationKvk", message: "admin.field.organisationUnknown" };
  if (!org.active) return { ok: false, field: "organisationKvk", message: "admin.field.organisationInactive" };
  return { ok: true, organisationId: org.id };
}

export type InviteResult =
  | { ok: true; userId: string; messageId: string; link: string }
  | OrganisationField
  | { ok: false; field: "email"; message: "admin.field.emailTaken" };

/**
 * Creates the account without a password and its invitation link, with the outbox message and
 * the audit events, in one transaction. Also used by inspectors for an organisation's contact
 * person (trajectory creation) and by `npm run admin:create` (actor null).
 */
export async function inviteUser(actorId: string | null, input: InviteUserInput, origin: string, tx?: Tx): Promise<InviteResult> {
  const run = async (t: Tx): Promise<InviteResult> => {
    const email = input.email.toLowerCase();
    if (await t.user.findUnique({ where: { email }, select: { id: true } })) return { ok: false, field: "email", message: "admin.field.emailTaken" };
    const org = await organisationFor(t, input.role, input.organisationKvk);
    if (!org.ok) return org;
    const user = await t.user.create({
      data: { email, name: input.name, role: input.role, organisationId: org.organisationId, passwordHash: "" },
      select: { id: true, email: true, name: true },
    });
    await recordAudit(t, {
      trajectoryId: null,
      actorId,
      action: "user.invited",
      entity: "User",
      entityId: user.id,
      after: { name: input.name, email, role: input.role, organisationId: org.organisationId },
    });
    const { link, messageId } = await issueAccountLink(t, { user, purpose: "INVITATION", actorId, origin });
    return { ok: true, userId: user.id, messageId, link };
  };
  return tx ? run(tx) : db.$transaction(run);
}

export type ChangeResult =
  | { ok: true }
  /** notFound: no such user; conflict: another administrator changed them after the form was opened (decision 005). */
  | { ok: false; reason: "notFound" | "conflict" }
  | { ok: false; field: "role"; message: "admin.field.ownAccount" | "admin.field.lastAdmin" }
  | OrganisationField;

/** Fails the transaction's write when no active administrator would remain. */
async function someAdministratorRemains(tx: Tx): Promise<boolean> {
  return (await tx.user.count({ where: { role: "ADMIN", active: true } })) > 0;
}

class LastAdministrator extends Error {}

/** Role and organisation; the person is signed out everywhere so no session carries the old role. */
export async function changeUser(actorId: string, userId: string, input: ChangeUserInput): Promise<ChangeResult> {
  if (isOwnAccount(actorId, userId)) return { ok: false, field: "role", message: "admin.field.ownAccount" };
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true, organisationId: true } });
      if (!before) return { ok: false as const, reason: "notFound" as const };
      const org = await organisationFor(tx, input.role, input.organisationKvk);
      if (!org.ok) return org;
      if (before.role === input.role && before.organisationId === org.organisationId) return { ok: true as const };
      // The version in the where clause makes check and write one step: a concurrent change loses here.
      const { count } = await tx.user.updateMany({
        where: { id: userId, version: input.version },
        data: { role: input.role, organisationId: org.organisationId, version: input.version + 1 },
      });
      if (count !== 1) return { ok: false as const, reason: "conflict" as const };
      if (!(await someAdministratorRemains(tx))) throw new LastAdministrator();
      await revokeUserSessions(userId, tx);
      await recordAudit(tx, {
        trajectoryId: null,
        actorId,
        action: "user.role-changed",
        entity: "User",
        entityId: userId,
        before,
        after: { role: input.role, organisationId: org.organisationId },
      });
      return { ok: true as const };
    });
  } catch (error) {
    if (error instanceof LastAdministrator) return { ok: false, field: "role", message: "admin.field.lastAdmin" };
    throw error;
  }
}

export type ActiveResult = { ok: true } | { ok: false; reason: "notFound" | "ownAccount" | "lastAdmin" };

/**
 * Deactivation revokes every session of the person at once (their open browser is signed out
 * on its next request); the last active administrator cannot be deactivated. The check runs
 * after the write, inside the transaction, so two administrators deactivating each other at
 * the same moment cannot both succeed.
 */
export async function setUserActive(actorId: string | null, userId: string, active: boolean): Promise<ActiveResult> {
  if (isOwnAccount(actorId, userId)) return { ok: false, reason: "ownAccount" };
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { active: true } });
      if (!user) return { ok: false as const, reason: "notFound" as const };
      if (user.active === active) return { ok: true as const };
      await tx.user.update({ where: { id: userId }, data: { active }, select: { id: true } });
      if (!active && !(await someAdministratorRemains(tx))) throw new LastAdministrator();
      if (!active) await revokeUserSessions(userId, tx);
      await auditActiveChange(tx, actorId, { entity: "User", id: userId }, active);
      return { ok: true as const };
    });
  } catch (error) {
    if (error instanceof LastAdministrator) return { ok: false, reason: "lastAdmin" };
    throw error;
  }
}

/** A new link for the person (an invitation while they have no password, a reset after). */
export async function issueLinkFor(actorId: string, userId: string, origin: string): Promise<{ messageId: string } | null> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, active: true, passwordHash: true } });
    if (!user || !user.active) return null;
    const { messageId } = await issueAccountLink(tx, { user, purpose: user.passwordHash ? "RESET" : "INVITATION", actorId, origin });
    return { messageId };
  });
}

export type FirstAdminResult = { ok: true; link: string } | { ok: false; reason: "adminExists" | "emailTaken" };

/** `npm run admin:create`: the first administrator, refused while an active one exists unless forced. */
export async function createAdministrator(input: { email: string; name: string; force: boolean; origin: string }): Promise<FirstAdminResult> {
  return db.$transaction(async (tx) => {
    if (!input.force && (await someAdministratorRemains(tx))) return { ok: false as const, reason: "adminExists" as const };
    const result = await inviteUser(null, { email: input.email, name: input.name, role: "ADMIN", organisationKvk: "" }, input.origin, tx);
    if (!result.ok) return { ok: false as const, reason: "emailTaken" as const };
    return { ok: true as const, link: result.link };
  });
}

export type ContactInviteRefusal = { ok: false; field: "contactEmail"; message: "admin.field.emailTaken" | "admin.contact.notFirst" | "admin.field.organisationInactive" };

/**
 * Issue 12, item 6: the inspector who opens an organisation's first trajectory invites its
 * contact person as that organisation's user, in the trajectory's own transaction (the caller's
 * `tx`), so a new organisation does not wait for an administrator.
 */
export async function inviteContactPerson(
  tx: Tx,
  actorId: string,
  organisationId: string,
  contact: { name: string; email: string },
  origin: string,
): Promise<{ ok: true; messageId: string } | ContactInviteRefusal> {
  const org = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { kvkNumber: true, active: true, _count: { select: { trajectories: true } } } });
  if (!org.active) return { ok: false, field: "contactEmail", message: "admin.field.organisationInactive" };
  if (org._count.trajectories > 0) return { ok: false, field: "contactEmail", message: "admin.contact.notFirst" };
  const result = await inviteUser(actorId, { name: contact.name, email: contact.email, role: "ORGANISATION", organisationKvk: org.kvkNumber }, origin, tx);
  if (result.ok) return { ok: true, messageId: result.messageId };
  return { ok: false, field: "contactEmail", message: result.field === "email" ? "admin.field.emailTaken" : "admin.field.organisationInactive" };
}
