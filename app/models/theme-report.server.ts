// The sector report of a theme (issue 15): aggregates of the answers and scores, with no
// organisation named unless the inspectorate decided to publish names; and its publication.
import { RECIPIENT_STATES, RISK_MAX, RISK_MIN, YES_NO, choiceOptions, tally, type RiskBand } from "~/domain/theme";
import type { QuestionAggregate } from "~/domain/theme-report";
import { recordAudit } from "~/utils/audit.server";
import { db } from "~/utils/db.server";
import { notFound } from "./access.server";
import { rankingRows } from "./theme-selection.server";
import type { VisibleTheme } from "./theme.server";

const BANDS: readonly RiskBand[] = ["low", "medium", "high", "veryHigh", "unscored"];
const SCALE = Array.from({ length: RISK_MAX - RISK_MIN + 1 }, (_, i) => String(RISK_MIN + i));


function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The report's numbers in a fixed number of statements: the ranking (for states and risk
 * bands), submitted answers and scores of the theme, each in one query.
 */
export async function sectorReport(themeId: string, today: string) {
  const theme = await db.theme.findUnique({
    where: { id: themeId },
    select: { id: true, title: true, purpose: true, sector: true, status: true, requestDeadline: true, publishNames: true, reportSummary: true, publishedOn: true, version: true, questions: { select: { id: true, order: true, text: true, kind: true, choices: true }, orderBy: { order: "asc" } } },
  });
  if (!theme) throw notFound();
  const [rows, answers, scores, attachments] = await Promise.all([
    rankingRows(themeId, today),
    db.themeAnswer.findMany({ where: { recipient: { themeId, status: "SUBMITTED" } }, select: { questionId: true, value: true } }),
    db.themeScore.findMany({ where: { recipient: { themeId } }, select: { questionId: true, score: true } }),
    db.themeAttachment.groupBy({ by: ["questionId", "recipientId"], where: { recipient: { themeId, status: "SUBMITTED" } } }),
  ]);
  const questions: QuestionAggregate[] = theme.questions.map((q) => {
    const values = answers.filter((a) => a.questionId === q.id && a.value !== "").map((a) => a.value);
    const options = q.kind === "YES_NO" ? [...YES_NO] : q.kind === "CHOICE" ? choiceOptions(q.choices) : [];
    const counted = tally(options, values);
    const numbers = q.kind === "NUMBER" ? values.map((v) => Number(v.replace(",", "."))).filter(Number.isFinite).sort((a, b) => a - b) : [];
    return {
      id: q.id,
      order: q.order,
      text: q.text,
      kind: q.kind,
      answered: q.kind === "FILE" ? attachments.filter((a) => a.questionId === q.id).length : values.length,
      counts: options.map((label) => ({ label, count: counted[label] ?? 0 })),
      numbers: numbers.length ? { min: numbers[0] as number, median: median(numbers), max: numbers.at(-1) as number } : null,
      scores: tally(SCALE, scores.filter((s) => s.questionId === q.id).map((s) => String(s.score))),
    };
  });
  return {
    theme,
    recipients: rows.length,
    states: tally(RECIPIENT_STATES, rows.map((r) => r.state)),
    bands: tally(BANDS, rows.map((r) => r.band)),
    selected: rows.filter((r) => r.selected).length,
    trajectories: rows.filter((r) => r.trajectoryId).length,
    // Names only when the inspectorate decided to publish them.
    selectedNames: theme.publishNames ? rows.filter((r) => r.selected).map((r) => r.organisationName).sort((a, b) => a.localeCompare(b, "nl")) : [],
    questions,
    scale: SCALE,
    bandKeys: BANDS,
  };
}
export type SectorReport = Awaited<ReturnType<typeof sectorReport>>;

export type ReportWriteResult = { ok: true } | { ok: false; reason: "conflict" | "frozen" };

/** The report's summary and whether names are published; until the report is published. */
export async function saveReport(actorId: string, theme: VisibleTheme, input: { reportSummary: string; publishNames: boolean; version: number }): Promise<ReportWriteResult> {
  if (theme.status === "PUBLISHED" || theme.status === "CLOSED" || theme.status === "DRAFT") return { ok: false, reason: "frozen" };
  return db.$transaction(async (tx) => {
    const { count } = await tx.theme.updateMany({ where: { id: theme.id, version: input.version }, data: { reportSummary: input.reportSummary, publishNames: input.publishNames, version: { increment: 1 } } });
    if (count === 0) return { ok: false as const, reason: "conflict" as const };
    await recordAudit(tx, { trajectoryId: null, actorId, action: "theme.report_saved", entity: "Theme", entityId: theme.id, after: { reportSummary: input.reportSummary, publishNames: input.publishNames } });
    return { ok: true as const };
  });
}

/** Publishes the report on the public pages with its date; only once the selection is made and a summary written. */
export async function publishReport(actorId: string, theme: VisibleTheme, input: { publishedOn: string; version: number }): Promise<ReportWriteResult | { ok: false; reason: "noSummary" }> {
  if (theme.status !== "SELECTION_MADE") return { ok: false, reason: "frozen" };
  return db.$transaction(async (tx) => {
    const { count } = await tx.theme.updateMany({
      where: { id: theme.id, version: input.version, status: "SELECTION_MADE", reportSummary: { not: "" } },
      data: { status: "PUBLISHED", publishedOn: input.publishedOn, version: { increment: 1 } },
    });
    if (count === 0) {
      const summary = await tx.theme.findUnique({ where: { id: theme.id }, select: { reportSummary: true } });
      return { ok: false as const, reason: summary?.reportSummary ? ("conflict" as const) : ("noSummary" as const) };
    }
    await recordAudit(tx, { trajectoryId: null, actorId, action: "theme.published", entity: "Theme", entityId: theme.id, before: { status: theme.status }, after: { status: "PUBLISHED", publishedOn: input.publishedOn } });
    return { ok: true as const };
  });
}

/** Published sector reports for the public pages, newest first. */
export async function listPublishedThemes(page: { skip: number; take: number }) {
  const where = { publishedOn: { not: null } };
  const [themes, total] = await Promise.all([
    db.theme.findMany({ where, orderBy: { publishedOn: "desc" }, skip: page.skip, take: page.take, select: { id: true, title: true, sector: true, publishedOn: true, reportSummary: true } }),
    db.theme.count({ where }),
  ]);
  return { themes, total };
}

/** A published report for anyone; 404 when it is not published (or does not exist). */
export async function requirePublishedReport(id: string | undefined, today: string) {
  const found = await db.theme.findFirst({ where: { id: id ?? "", publishedOn: { not: null } }, select: { id: true } });
  if (!found) throw notFound();
  return sectorReport(found.id, today);
}
