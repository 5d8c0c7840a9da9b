// Themes of thematic supervision (issue 15): access, the list, create and edit, the questions of
// the information request and sending it. Answers, selection and the report have their own modules.
import { canWriteTheme, can, type TeamShape } from "~/domain/permissions";
import type { Role } from "~/domain/roles";
import { RECIPIENT_STATES, isEditable, isThemeStatus, nextThemeStatus, recipientState, tally, type ThemeStatus } from "~/domain/theme";
import type { QuestionForm, ThemeForm } from "~/domain/theme-forms";
import { recordAudit, type Tx } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import { dialect, sqlTime } from "~/utils/sql/dialect.server";
import { forbidden, notFound } from "./access.server";
import { notifyTheme } from "./notification.server";

type Viewer = { id: string; role: Role; organisationId?: string | null };

export interface VisibleTheme extends TeamShape {
  id: string;
  title: string;
  status: ThemeStatus;
  sector: string;
  frameworkVersionId: string;
  version: number;
}

/**
 * The theme for an inspectorate user: 404 when it does not exist, 403 for a role that may not
 * read themes (organisations reach their own request through requireRecipientAccess) or, with
 * `write`, for anyone not the lead or on the team.
 */
export async function requireThemeAccess(user: Viewer, id: string | undefined, intent: "read" | "write" = "read"): Promise<VisibleTheme> {
  if (!can(user.role, "theme:read")) throw forbidden();
  const row = await db.theme.findUnique({
    where: { id: id ?? "" },
    select: { id: true, title: true, status: true, sector: true, frameworkVersionId: true, leadInspectorId: true, version: true, members: { select: { userId: true } } },
  });
  if (!row || !isThemeStatus(row.status)) throw notFound();
  const theme: VisibleTheme = { ...row, status: row.status, memberIds: row.members.map((m) => m.userId) };
  if (intent === "write" && !canWriteTheme(user, theme)) throw forbidden();
  return theme;
}

export const mayWriteTheme = (user: Viewer, theme: VisibleTheme) => canWriteTheme(user, theme);

/** All themes, newest first, with the count of recipients per state in one grouped query. */
export async function listThemes(page: { skip: number; take: number }) {
  const [themes, total] = await Promise.all([
    db.theme.findMany({
      orderBy: [{ startDate: "desc" }, { title: "asc" }],
      skip: page.skip,
      take: page.take,
      select: { id: true, title: true, sector: true, status: true, startDate: true, endDate: true, requestDeadline: true, leadInspectorId: true },
    }),
    db.theme.count(),
  ]);
  const ids = themes.map((t) => t.id);
  const [counts, leads] = await Promise.all([
    db.themeRecipient.groupBy({ by: ["themeId", "status"], where: { themeId: { in: ids } }, _count: { _all: true } }),
    db.user.findMany({ where: { id: { in: themes.map((t) => t.leadInspectorId) } }, select: { id: true, name: true } }),
  ]);
  const leadName = new Map(leads.map((l) => [l.id, l.name]));
  return {
    total,
    themes: themes.map((t) => {
      const mine = counts.filter((c) => c.themeId === t.id);
      return {
        ...t,
        lead: leadName.get(t.leadInspectorId) ?? "",
        recipients: mine.reduce((sum, c) => sum + c._count._all, 0),
        submitted: mine.filter((c) => c.status === "SUBMITTED").reduce((sum, c) => sum + c._count._all, 0),
      };
    }),
  };
}

/** The choices of the theme form: framework versions, active inspectors and the sectors. */
export async function themeFormOptions() {
  const [versions, inspectors, sectors] = await Promise.all([
    db.frameworkVersion.findMany({ select: { id: true, version: true, framework: { select: { name: true } } }, orderBy: [{ framework: { name: "asc" } }, { version: "desc" }] }),
    db.user.findMany({ where: { role: "INSPECTOR", active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.sector.findMany({ select: { name: true }, orderBy: { name: "asc" } }),
  ]);
  return { versions, inspectors, sectors: sectors.map((s) => s.name) };
}

export type ThemeWriteResult = { ok: true; id: string } | { ok: false; field: "frameworkVersionId" | "leadInspectorId" | "team" | "sector"; message: "themes.unknownOption" } | { ok: false; conflict: true } | { ok: false; frozen: true };

/** Checks the form's references inside the transaction, so a removed option is refused, not stored. */
async function checkOptions(tx: Tx, form: ThemeForm, team: string[]) {
  const [version, lead, members, sector] = await Promise.all([
    tx.frameworkVersion.findUnique({ where: { id: form.frameworkVersionId }, select: { id: true } }),
    tx.user.findFirst({ where: { id: form.leadInspectorId, role: "INSPECTOR", active: true }, select: { id: true } }),
    tx.user.findMany({ where: { id: { in: team }, role: "INSPECTOR", active: true }, select: { id: true } }),
    tx.sector.findUnique({ where: { name: form.sector }, select: { name: true } }),
  ]);
  if (!version) return { ok: false as const, field: "frameworkVersionId" as const, message: "themes.unknownOption" as const };
  if (!lead) return { ok: false as const, field: "leadInspectorId" as const, message: "themes.unknownOption" as const };
  if (members.length !== new Set(team).size) return { ok: false as const, field: "team" as const, message: "themes.unknownOption" as const };
  if (!sector) return { ok: false as const, field: "sector" as const, message: "themes.unknownOption" as const };
  return null;
}

const facts = (form: ThemeForm) => ({
  title: form.title,
  purpose: form.purpose,
  legalBasis: form.legalBasis,
  frameworkVersionId: form.frameworkVersionId,
  leadInspectorId: form.leadInspectorId,
  sector: form.sector,
  startDate: form.startDate,
  endDate: form.endDate,
});

export async function createTheme(actorId: string, form: ThemeForm, team: string[]): Promise<ThemeWriteResult> {
  return db.$transaction(async (tx) => {
    const refused = await checkOptions(tx, form, team);
    if (refused) return refused;
    const theme = await tx.theme.create({
      data: { ...facts(form), status: "DRAFT", members: { create: [...new Set(team)].filter((id) => id !== form.leadInspectorId).map((userId) => ({ userId })) } },
      select: { id: true },
    });
    await recordAudit(tx, { trajectoryId: null, actorId, action: "theme.created", entity: "Theme", entityId: theme.id, after: { ...facts(form), team } });
    return { ok: true as const, id: theme.id };
  });
}

/** Edits the facts and team of a theme still in draft; a stale version is a conflict. */
export async function updateTheme(actorId: string, theme: VisibleTheme, form: ThemeForm, team: string[]): Promise<ThemeWriteResult> {
  if (!isEditable(theme.status)) return { ok: false, frozen: true };
  return db.$transaction(async (tx) => {
    const refused = await checkOptions(tx, form, team);
    if (refused) return refused;
    const before = await tx.theme.findUnique({ where: { id: theme.id }, select: { title: true, purpose: true, legalBasis: true, frameworkVersionId: true, leadInspectorId: true, sector: true, startDate: true, endDate: true } });
    const { count } = await tx.theme.updateMany({ where: { id: theme.id, version: form.version ?? -1, status: "DRAFT" }, data: { ...facts(form), version: { increment: 1 } } });
    if (count === 0) return { ok: false as const, conflict: true as const };
    await tx.themeMember.deleteMany({ where: { themeId: theme.id } });
    await tx.themeMember.createMany({ data: [...new Set(team)].filter((id) => id !== form.leadInspectorId).map((userId) => ({ themeId: theme.id, userId })) });
    await recordAudit(tx, { trajectoryId: null, actorId, action: "theme.updated", entity: "Theme", entityId: theme.id, before, after: { ...facts(form), team } });
    return { ok: true as const, id: theme.id };
  });
}

/** Everything the theme's own page shows, in a fixed number of queries. */
export async function getThemeDetails(id: string) {
  const theme = await db.theme.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      purpose: true,
      legalBasis: true,
      sector: true,
      status: true,
      startDate: true,
      endDate: true,
      requestDeadline: true,
      sentAt: true,
      publishedOn: true,
      publishNames: true,
      reportSummary: true,
      version: true,
      frameworkVersionId: true,
      leadInspectorId: true,
      members: { select: { userId: true } },
      questions: { select: { id: true, order: true, text: true, kind: true, choices: true, normId: true }, orderBy: { order: "asc" } },
    },
  });
  if (!theme) return null;
  const [people, version, norms] = await Promise.all([
    db.user.findMany({ where: { id: { in: [theme.leadInspectorId, ...theme.members.map((m) => m.userId)] } }, select: { id: true, name: true } }),
    db.frameworkVersion.findUnique({ where: { id: theme.frameworkVersionId }, select: { version: true, framework: { select: { name: true } } } }),
    db.norm.findMany({ where: { frameworkVersionId: theme.frameworkVersionId }, select: { id: true, code: true, title: true }, orderBy: { order: "asc" } }),
  ]);
  const name = new Map(people.map((p) => [p.id, p.name]));
  return {
    ...theme,
    lead: name.get(theme.leadInspectorId) ?? "",
    team: theme.members.map((m) => name.get(m.userId) ?? "").filter(Boolean),
    memberIds: theme.members.map((m) => m.userId),
    framework: version ? `${version.framework.name} v${version.version}` : "",
    norms,
  };
}
export type ThemeDetails = NonNullable<Awaited<ReturnType<typeof getThemeDetails>>>;

type VersionedResult = { ok: true } | { ok: false; reason: "conflict" | "frozen" | "unknownNorm" };

/** Bumps the theme's version if it is still the one the form started from and still a draft. */
async function claimDraft(tx: Tx, theme: VisibleTheme, version: number): Promise<boolean> {
  const { count } = await tx.theme.updateMany({ where: { id: theme.id, version, status: "DRAFT" }, data: { version: { increment: 1 } } });
  return count === 1;
}

export async function addQuestion(actorId: string, theme: VisibleTheme, form: QuestionForm): Promise<VersionedResult> {
  if (!isEditable(theme.status)) return { ok: false, reason: "frozen" };
  return db.$transaction(async (tx) => {
    if (form.normId) {
      const norm = await tx.norm.findFirst({ where: { id: form.normId, frameworkVersionId: theme.frameworkVersionId }, select: { id: true } });
      if (!norm) return { ok: false as const, reason: "unknownNorm" as const };
    }
    if (!(await claimDraft(tx, theme, form.version))) return { ok: false as const, reason: "conflict" as const };
    const last = await tx.themeQuestion.findFirst({ where: { themeId: theme.id }, orderBy: { order: "desc" }, select: { order: true } });
    const question = await tx.themeQuestion.create({
      data: { themeId: theme.id, order: (last?.order ?? 0) + 1, text: form.text, kind: form.kind, choices: form.kind === "CHOICE" ? form.choices : "", normId: form.normId || null },
      select: { id: true },
    });
    await recordAudit(tx, { trajectoryId: null, actorId, action: "theme.question_added", entity: "ThemeQuestion", entityId: question.id, after: { themeId: theme.id, text: form.text, kind: form.kind, normId: form.normId || null } });
    return { ok: true as const };
  });
}

export async function removeQuestion(actorId: string, theme: VisibleTheme, questionId: string, version: number): Promise<VersionedResult> {
  if (!isEditable(theme.status)) return { ok: false, reason: "frozen" };
  return db.$transaction(async (tx) => {
    const question = await tx.themeQuestion.findFirst({ where: { id: questionId, themeId: theme.id }, select: { id: true, text: true, kind: true } });
    if (!question) throw notFound();
    if (!(await claimDraft(tx, theme, version))) return { ok: false as const, reason: "conflict" as const };
    await tx.themeQuestion.delete({ where: { id: question.id } });
    await recordAudit(tx, { trajectoryId: null, actorId, action: "theme.question_removed", entity: "ThemeQuestion", entityId: question.id, before: { themeId: theme.id, text: question.text, kind: question.kind } });
    return { ok: true as const };
  });
}

/** The active organisations of the theme's sector, for choosing a subset (bounded list) and the count. */
export async function sectorOrganisations(sector: string, take = 500) {
  const where = { sector, active: true };
  const [organisations, total] = await Promise.all([
    db.organisation.findMany({ where, select: { id: true, name: true, location: true }, orderBy: { name: "asc" }, take }),
    db.organisation.count({ where }),
  ]);
  return { organisations, total };
}

/** How many organisations a send would reach: the whole sector, or the chosen ones that belong to it. */
export async function countRecipients(theme: VisibleTheme, chosen: string[] | null): Promise<number> {
  return db.organisation.count({ where: { sector: theme.sector, active: true, ...(chosen ? { id: { in: chosen } } : {}) } });
}

export type SendResult = { ok: true; count: number } | { ok: false; reason: "conflict" | "frozen" | "noQuestions" | "noRecipients" };

/**
 * Sends the request in one transaction: one INSERT … SELECT writes every recipient row (2,000
 * organisations in one statement, not 2,000 round trips), then the theme's status moves to
 * REQUEST_SENT. Sending cannot be undone, which is why the form asks to confirm the count first.
 */
export async function sendRequest(actorId: string, theme: VisibleTheme, input: { requestDeadline: string; chosen: string[] | null; version: number }): Promise<SendResult> {
  if (!isEditable(theme.status)) return { ok: false, reason: "frozen" };
  const result = await db.$transaction(async (tx) => {
    if ((await tx.themeQuestion.count({ where: { themeId: theme.id } })) === 0) return { ok: false as const, reason: "noQuestions" as const };
    const { count: claimed } = await tx.theme.updateMany({
      where: { id: theme.id, version: input.version, status: "DRAFT" },
      data: { status: "REQUEST_SENT", requestDeadline: input.requestDeadline, sentAt: new Date(), sentById: actorId, version: { increment: 1 } },
    });
    if (claimed === 0) return { ok: false as const, reason: "conflict" as const };
    const count = await insertRecipients(tx, theme, input.requestDeadline, input.chosen);
    if (count === 0) throw new NoRecipients();
    await requestSent(tx, actorId, theme, { requestDeadline: input.requestDeadline, count, scope: input.chosen ? "CHOSEN" : "SECTOR" });
    return { ok: true as const, count };
  }).catch((error: unknown) => {
    if (error instanceof NoRecipients) return { ok: false as const, reason: "noRecipients" as const };
    throw error;
  });
  return result;
}

class NoRecipients extends Error {}

async function insertRecipients(tx: Tx, theme: VisibleTheme, deadline: string, chosen: string[] | null): Promise<number> {
  const created = sqlTime(new Date());
  if (chosen === null) return tx.$executeRaw(dialect.insertThemeRecipients(theme, deadline, created, null));
  let total = 0;
  // SQLite binds at most 32,766 parameters per statement; chunks keep well below that.
  for (let i = 0; i < chosen.length; i += 5000) {
    total += await tx.$executeRaw(dialect.insertThemeRecipients(theme, deadline, created, chosen.slice(i, i + 5000)));
  }
  return total;
}

/**
 * The event "the request was sent", inside the sending transaction: the audit event and one
 * notification per user of each recipient organisation (about its own request), so messages
 * and recipients are written together or not at all.
 */
async function requestSent(tx: Tx, actorId: string, theme: VisibleTheme, sent: { requestDeadline: string; count: number; scope: "SECTOR" | "CHOSEN" }): Promise<void> {
  await recordAudit(tx, {
    trajectoryId: null,
    actorId,
    action: "theme.request_sent",
    entity: "Theme",
    entityId: theme.id,
    before: { status: theme.status },
    after: { status: "REQUEST_SENT", requestDeadline: sent.requestDeadline, recipients: sent.count, scope: sent.scope },
  });
  await notifyTheme(tx, { kind: "theme.requestSent", themeId: theme.id, actorId, params: { dueDate: sent.requestDeadline } });
}

/** Moves the theme one step along its lifecycle (after sending), if the version still holds. */
export async function advanceTheme(actorId: string, theme: VisibleTheme, version: number): Promise<{ ok: true; status: ThemeStatus } | { ok: false; reason: "conflict" | "frozen" }> {
  const next = nextThemeStatus(theme.status);
  if (!next) return { ok: false, reason: "frozen" };
  return db.$transaction(async (tx) => {
    const { count } = await tx.theme.updateMany({ where: { id: theme.id, version, status: theme.status }, data: { status: next, version: { increment: 1 } } });
    if (count === 0) return { ok: false as const, reason: "conflict" as const };
    await recordAudit(tx, { trajectoryId: null, actorId, action: "theme.status_changed", entity: "Theme", entityId: theme.id, before: { status: theme.status }, after: { status: next } });
    return { ok: true as const, status: next };
  });
}

/**
 * The recipients for the theme's page: one page of them by name with their state, and the
 * count per state over all of them. Three statements whatever the number of recipients.
 */
export async function recipientsOverview(themeId: string, today: string, page: { skip: number; take: number }) {
  const [all, pending, rows] = await Promise.all([
    db.themeRecipient.findMany({ where: { themeId }, select: { id: true, status: true, deadline: true } }),
    db.themeExtension.findMany({ where: { status: "PENDING", recipient: { themeId } }, select: { recipientId: true } }),
    db.themeRecipient.findMany({
      where: { themeId },
      orderBy: { organisation: { name: "asc" } },
      skip: page.skip,
      take: page.take,
      select: { id: true, status: true, deadline: true, submittedAt: true, organisation: { select: { name: true, location: true } } },
    }),
  ]);
  const waiting = new Set(pending.map((p) => p.recipientId));
  const stateOf = (r: { id: string; status: string; deadline: string }) => recipientState({ status: r.status, deadline: r.deadline, pendingExtension: waiting.has(r.id) }, today);
  return {
    total: all.length,
    counts: tally(RECIPIENT_STATES, all.map(stateOf)),
    recipients: rows.map((r) => ({ ...r, state: stateOf(r) })),
  };
}
