// Risk-based selection (issue 15): the inspectors' scores per question and risk signals per
// organisation, the ranking over all recipients, and starting an enhanced-supervision
// trajectory from a selected organisation with its origin recorded.
import { acceptsScores, recipientState, riskBand, riskScore, type RecipientState, type RiskBand } from "~/domain/theme";
import type { CreateTrajectoryForm } from "~/domain/trajectory-forms";
import { recordAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import { notFound } from "./access.server";
import { createTrajectory, type CreateResult } from "./trajectory-create.server";
import type { VisibleRecipient } from "./theme-answer.server";
import type { VisibleTheme } from "./theme.server";

type Actor = { id: string };

export interface RankingRow {
  id: string;
  organisationId: string;
  organisationName: string;
  location: string;
  state: RecipientState;
  selected: boolean;
  scored: number;
  signals: number;
  risk: number | null;
  band: RiskBand;
  trajectoryId: string | null;
}

/**
 * Every recipient with its state and risk, in four statements whatever the number of
 * recipients: the rows, score and signal aggregates grouped in SQL, and trajectories started
 * from this theme. Sorting and filtering happen on the result (a sector is thousands, not millions).
 */
export async function rankingRows(themeId: string, today: string): Promise<RankingRow[]> {
  const [recipients, scores, signals, origins] = await Promise.all([
    db.themeRecipient.findMany({
      where: { themeId },
      select: { id: true, organisationId: true, status: true, deadline: true, selected: true, organisation: { select: { name: true, location: true } } },
    }),
    db.$queryRaw<{ recipientId: string; total: number | bigint; n: number | bigint }[]>`
      SELECT s.recipientId, SUM(s.score) AS total, COUNT(*) AS n FROM ThemeScore s JOIN ThemeRecipient r ON r.id = s.recipientId
      WHERE r.themeId = ${themeId} GROUP BY s.recipientId`,
    db.$queryRaw<{ recipientId: string; total: number | bigint; n: number | bigint }[]>`
      SELECT g.recipientId, SUM(g.weight) AS total, COUNT(*) AS n FROM ThemeRiskSignal g JOIN ThemeRecipient r ON r.id = g.recipientId
      WHERE r.themeId = ${themeId} GROUP BY g.recipientId`,
    db.trajectoryOrigin.findMany({ where: { themeId }, select: { recipientId: true, trajectoryId: true } }),
  ]);
  const pending = await db.themeExtension.findMany({ where: { status: "PENDING", recipient: { themeId } }, select: { recipientId: true } });
  const pendingSet = new Set(pending.map((p) => p.recipientId));
  const scoreOf = new Map(scores.map((s) => [s.recipientId, { total: Number(s.total), n: Number(s.n) }]));
  const signalOf = new Map(signals.map((s) => [s.recipientId, { total: Number(s.total), n: Number(s.n) }]));
  const trajectoryOf = new Map(origins.map((o) => [o.recipientId, o.trajectoryId]));
  return recipients.map((r) => {
    const score = scoreOf.get(r.id);
    const signal = signalOf.get(r.id);
    // The mean of the scores and the sum of the signals, the same rule as riskScore.
    const risk = riskScore(score ? [score.total / score.n] : [], signal ? [signal.total] : []);
    return {
      id: r.id,
      organisationId: r.organisationId,
      organisationName: r.organisation.name,
      location: r.organisation.location,
      state: recipientState({ status: r.status, deadline: r.deadline, pendingExtension: pendingSet.has(r.id) }, today),
      selected: r.selected,
      scored: score?.n ?? 0,
      signals: signal?.n ?? 0,
      risk,
      band: riskBand(risk),
      trajectoryId: trajectoryOf.get(r.id) ?? null,
    };
  });
}

export type ScoreResult = { ok: true } | { ok: false; reason: "frozen" | "notSubmitted" };

/** Saves the inspector's scores for a submitted answer set; an empty score removes it. */
export async function saveScores(user: Actor, theme: VisibleTheme, recipient: VisibleRecipient, scores: Record<string, number | undefined>): Promise<ScoreResult> {
  if (!acceptsScores(theme.status)) return { ok: false, reason: "frozen" };
  if (recipient.status !== "SUBMITTED") return { ok: false, reason: "notSubmitted" };
  await db.$transaction(async (tx) => {
    const questions = await tx.themeQuestion.findMany({ where: { themeId: theme.id }, select: { id: true } });
    for (const { id: questionId } of questions) {
      const score = scores[questionId];
      const key = { recipientId_questionId: { recipientId: recipient.id, questionId } };
      if (score === undefined) await tx.themeScore.deleteMany({ where: { recipientId: recipient.id, questionId } });
      else await tx.themeScore.upsert({ where: key, create: { recipientId: recipient.id, questionId, score, scoredById: user.id }, update: { score, scoredById: user.id } });
    }
    await recordAudit(tx, { trajectoryId: null, actorId: user.id, action: "theme.scored", entity: "ThemeRecipient", entityId: recipient.id, after: { scores } });
  });
  return { ok: true };
}

export async function addSignal(user: Actor, theme: VisibleTheme, recipient: VisibleRecipient, signal: { description: string; source: string; date: string; weight: number }): Promise<ScoreResult> {
  if (!acceptsScores(theme.status)) return { ok: false, reason: "frozen" };
  await db.$transaction(async (tx) => {
    const row = await tx.themeRiskSignal.create({ data: { recipientId: recipient.id, ...signal, createdById: user.id }, select: { id: true } });
    await recordAudit(tx, { trajectoryId: null, actorId: user.id, action: "theme.signal_added", entity: "ThemeRiskSignal", entityId: row.id, after: { recipientId: recipient.id, ...signal } });
  });
  return { ok: true };
}

/** Marks an organisation as selected for follow-up, or takes it off the selection. */
export async function setSelected(user: Actor, theme: VisibleTheme, recipientId: string, selected: boolean): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.themeRecipient.updateMany({ where: { id: recipientId, themeId: theme.id }, data: { selected } });
    if (count === 0) throw notFound();
    await recordAudit(tx, { trajectoryId: null, actorId: user.id, action: selected ? "theme.selected" : "theme.deselected", entity: "ThemeRecipient", entityId: recipientId, after: { selected } });
  });
}

/** The facts the "start a trajectory" form starts from: the organisation and the theme's framework. */
export async function selectionContext(theme: VisibleTheme, recipientId: string) {
  const row = await db.themeRecipient.findFirst({
    where: { id: recipientId, themeId: theme.id },
    select: { id: true, selected: true, status: true, organisation: { select: { id: true, name: true, location: true } } },
  });
  if (!row) throw notFound();
  const existing = await db.trajectoryOrigin.findFirst({ where: { recipientId }, select: { trajectoryId: true } });
  return { ...row, existingTrajectoryId: existing?.trajectoryId ?? null };
}

/**
 * Starts an enhanced-supervision trajectory for a selected organisation through the ordinary
 * creation (same checks, reference and audit), recording in the same transaction where it came
 * from: the theme and the recipient's answers. One trajectory per recipient.
 */
export async function startTrajectoryFromSelection(
  user: Actor,
  theme: VisibleTheme,
  recipientId: string,
  form: Omit<CreateTrajectoryForm, "organisationId" | "kvkNumber" | "organisationName" | "sector" | "location">,
  team: string[],
): Promise<CreateResult | { ok: false; reason: "exists" | "notSelected" }> {
  const context = await selectionContext(theme, recipientId);
  if (context.existingTrajectoryId) return { ok: false, reason: "exists" };
  if (!context.selected) return { ok: false, reason: "notSelected" };
  return createTrajectory(
    user.id,
    { ...form, organisationId: context.organisation.id, kvkNumber: "", organisationName: "", sector: "", location: "" },
    team,
    undefined,
    async (tx, trajectoryId) => {
      await tx.trajectoryOrigin.create({ data: { trajectoryId, themeId: theme.id, recipientId, createdById: user.id } });
      await recordAudit(tx, {
        trajectoryId,
        actorId: user.id,
        action: "trajectory.started_from_theme",
        entity: "TrajectoryOrigin",
        entityId: trajectoryId,
        after: { themeId: theme.id, themeTitle: theme.title, recipientId },
      });
    },
  );
}

/** Where a trajectory came from, for its own page: the theme and the answers, or null. */
export async function trajectoryOrigin(trajectoryId: string) {
  const origin = await db.trajectoryOrigin.findUnique({ where: { trajectoryId }, select: { themeId: true, recipientId: true, createdAt: true } });
  if (!origin) return null;
  const theme = await db.theme.findUnique({ where: { id: origin.themeId }, select: { title: true } });
  return { ...origin, themeTitle: theme?.title ?? "" };
}
