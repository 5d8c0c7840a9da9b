// Visits the thematic supervision plans to an organisation its risk-based selection picked
// (issue 15 item 5, decision 019). A theme visit belongs to the theme's recipient, not to a
// trajectory: visiting a selected provider is part of the thematic supervision, and enhanced
// supervision is a separate decision the inspector may take afterwards. The secrecy rule of
// trajectory visits holds unchanged: an unannounced visit stays out of the organisation's sight
// until it is recorded as held (every query here goes through `visibleThemeVisits`).
import { seesInternalRecords } from "~/domain/permissions";
import type { ThemeVisitForm, ThemeVisitHeldForm } from "~/domain/theme-forms";
import type { Role } from "~/domain/roles";
import { recordAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import { notFound, visibleThemeVisits } from "./access.server";
import type { VisibleTheme } from "./theme.server";

type Viewer = { id: string; role: Role };

const MAX_VISITS = 50;

/** The visits of one recipient the user may know of, earliest first; the notes are the inspectorate's. */
export async function listThemeVisits(user: Viewer, recipientId: string) {
  const rows = await db.themeVisit.findMany({
    where: { recipientId, ...visibleThemeVisits(user) },
    orderBy: [{ date: "asc" }, { createdAt: "asc" }],
    take: MAX_VISITS,
    select: { id: true, date: true, announced: true, notes: true, heldOn: true, version: true },
  });
  const internal = seesInternalRecords(user);
  return rows.map(({ notes, ...visit }) => ({ ...visit, notes: internal ? notes : "" }));
}

export type ThemeVisitResult = { ok: true } | { ok: false; reason: "notSelected" | "conflict" };

/** Event: a visit is planned to a selected organisation; refused for one the selection did not pick. */
export async function planThemeVisit(user: Viewer, theme: VisibleTheme, recipientId: string, input: ThemeVisitForm): Promise<ThemeVisitResult> {
  const recipient = await db.themeRecipient.findFirst({ where: { id: recipientId, themeId: theme.id }, select: { id: true, selected: true } });
  if (!recipient) throw notFound();
  if (!recipient.selected) return { ok: false, reason: "notSelected" };
  await db.$transaction(async (tx) => {
    const visit = await tx.themeVisit.create({
      data: { recipientId, date: input.date, announced: input.kind === "ANNOUNCED", notes: input.notes, createdById: user.id },
      select: { id: true, date: true, announced: true },
    });
    await recordAudit(tx, { trajectoryId: null, actorId: user.id, action: "theme.visit_planned", entity: "ThemeVisit", entityId: visit.id, after: { recipientId, ...visit } });
  });
  return { ok: true };
}

/**
 * Event: a planned theme visit is recorded as held, on the day it took place. Only from the
 * version the form started from and only once: a second or stale attempt is a conflict.
 */
export async function recordThemeVisitHeld(user: Viewer, theme: VisibleTheme, recipientId: string, input: ThemeVisitHeldForm): Promise<ThemeVisitResult> {
  const where = { id: input.visitId, recipientId, recipient: { themeId: theme.id } };
  return db.$transaction(async (tx): Promise<ThemeVisitResult> => {
    const { count } = await tx.themeVisit.updateMany({
      where: { ...where, heldOn: null, version: input.version },
      data: { heldOn: input.date, date: input.date, heldById: user.id, version: { increment: 1 } },
    });
    if (count !== 1) {
      if ((await tx.themeVisit.count({ where })) === 0) throw notFound();
      return { ok: false, reason: "conflict" };
    }
    await recordAudit(tx, { trajectoryId: null, actorId: user.id, action: "theme.visit_held", entity: "ThemeVisit", entityId: input.visitId, after: { recipientId, heldOn: input.date } });
    return { ok: true };
  });
}
