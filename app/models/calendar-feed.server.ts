import { createHash, randomBytes } from "node:crypto";
import { todayIso } from "~/domain/dates";
import { calendar, type CalendarEvent } from "~/domain/ics";
import { DUE_KINDS } from "~/domain/deadlines";
import { isRole } from "~/domain/roles";
import { translator, type MessageKey } from "~/i18n";
import { db } from "~/utils/db.server";
import { visibleVisits } from "./access.server";
import { dueItemsPage, dueScopeFor } from "./deadline.server";
import { toPreference } from "./notification.server";

// Each user's private calendar feed: an address with a secret token (the database keeps its
// SHA-256 only); making a new one revokes the old. What it shows follows the same scope as the
// deadlines page: an organisation user only their own organisation's, and an unannounced visit
// only once it is recorded as held (seesVisit, visibleVisits; decision 017), never from its date.

const FEED_LIMIT = 500;
// Visits come as visit events below (planned and held alike), so not a second time as due items.
const FEED_DUE_KINDS = DUE_KINDS.filter((kind) => kind !== "visit");

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function regenerateCalendarToken(userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const calendarTokenHash = hashToken(token);
  await db.notificationPreference.upsert({ where: { userId }, create: { userId, calendarTokenHash }, update: { calendarTokenHash }, select: { userId: true } });
  return token;
}

export async function hasCalendarToken(userId: string): Promise<boolean> {
  return (await db.notificationPreference.count({ where: { userId, calendarTokenHash: { not: null } } })) > 0;
}

/** The feed behind a token, or null for an unknown token or an account that may not sign in. */
export async function calendarFeed(token: string, appUrl: string, now = new Date()): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const pref = await db.notificationPreference.findUnique({
    where: { calendarTokenHash: hashToken(token) },
    select: { locale: true, mode: true, mutedKinds: true, user: { select: { id: true, name: true, role: true, active: true, organisationId: true, organisation: { select: { active: true } } } } },
  });
  const user = pref?.user;
  if (!pref || !user || !user.active || user.organisation?.active === false) return null;
  const { locale } = toPreference(pref);
  const t = translator(locale);
  const today = todayIso(now);
  // An unknown role sees as little as an organisation user does.
  const role = isRole(user.role) ? user.role : "ORGANISATION";
  const scope = dueScopeFor({ id: user.id, role, organisationId: user.organisationId });
  const trajectoryWhere =
    scope.kind === "organisation"
      ? { organisationId: scope.organisationId }
      : scope.kind === "inspector"
        ? { OR: [{ leadInspectorId: user.id }, { members: { some: { userId: user.id } } }] }
        : {};
  const [{ items }, visits, decisions] = await Promise.all([
    dueItemsPage(scope, { kinds: FEED_DUE_KINDS }, { skip: 0, take: FEED_LIMIT }, today),
    db.visit.findMany({ where: { trajectory: trajectoryWhere, ...visibleVisits({ role }) }, orderBy: { date: "desc" }, take: FEED_LIMIT, select: { id: true, date: true, announced: true, trajectory: { select: { id: true, reference: true } } } }),
    db.closureDecision.findMany({
      where: { proposal: { trajectory: trajectoryWhere }, ...(role === "ORGANISATION" ? { decision: "APPROVED" } : {}) },
      orderBy: { decisionDate: "desc" },
      take: FEED_LIMIT,
      select: { id: true, decision: true, decisionDate: true, proposal: { select: { trajectory: { select: { id: true, reference: true } } } } },
    }),
  ]);
  const events: CalendarEvent[] = [
    ...items.map((item) => ({
      uid: `due-${item.kind}-${item.id}@toezichtspoor`,
      date: item.dueDate,
      summary: t("notify.ics.due", { what: t(`due.kind.${item.kind}` as MessageKey), title: item.title, reference: item.reference }),
      url: `${appUrl}/trajecten/${item.trajectoryId}`,
    })),
    ...visits.map((visit) => ({
      uid: `visit-${visit.id}@toezichtspoor`,
      date: visit.date,
      summary: t(visit.announced ? "notify.ics.visit" : "notify.ics.visitUnannounced", { reference: visit.trajectory.reference }),
      url: `${appUrl}/trajecten/${visit.trajectory.id}`,
    })),
    ...decisions.map((decision) => ({
      uid: `decision-${decision.id}@toezichtspoor`,
      date: decision.decisionDate,
      summary: t("notify.ics.decision", { decision: t(`notify.decision.${decision.decision}` as MessageKey), reference: decision.proposal.trajectory.reference }),
      url: `${appUrl}/trajecten/${decision.proposal.trajectory.id}`,
    })),
  ];
  return calendar({ name: t("notify.ics.name", { name: user.name }), events, now });
}
