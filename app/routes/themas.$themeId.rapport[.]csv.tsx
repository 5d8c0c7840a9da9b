import type { LoaderFunctionArgs } from "@remix-run/node";
import { toCsv } from "~/domain/csv";
import { RECIPIENT_STATES, type QuestionKind } from "~/domain/theme";
import { todayIso } from "~/domain/dates";
import { sectorReport } from "~/models/theme-report.server";
import { requireThemeAccess } from "~/models/theme.server";
import { getTranslator } from "~/utils/locale.server";
import { requireUser } from "~/utils/session.server";

// A resource route: the sector report's aggregates as CSV, one row per figure (section, item,
// count), in the user's language. No organisation is named unless names are published.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const theme = await requireThemeAccess(user, params.themeId);
  const { t } = await getTranslator(request);
  const report = await sectorReport(theme.id, todayIso());
  const rows: (string | number)[][] = [
    ...RECIPIENT_STATES.map((s) => [t("themes.state.label"), t(`themes.state.${s}`), report.states[s]]),
    ...report.bandKeys.map((b) => [t("themes.ranking.band"), t(`themes.band.${b}`), report.bands[b] ?? 0]),
    [t("themes.report.selection"), t("themes.selection.selected"), report.selected],
    [t("themes.report.selection"), t("themes.selection.trajectory"), report.trajectories],
    ...report.selectedNames.map((name) => [t("themes.selection.selected"), name, 1]),
  ];
  for (const q of report.questions) {
    const section = `${q.order}. ${q.text}`;
    rows.push([section, t(`themes.kind.${q.kind as QuestionKind}`), q.answered]);
    for (const c of q.counts) rows.push([section, q.kind === "YES_NO" ? t(`themes.answer.${c.label as "YES"}`) : c.label, c.count]);
    for (const s of report.scale) rows.push([section, t(`themes.score.value${s as "1"}`), q.scores[s] ?? 0]);
  }
  return new Response(toCsv([t("themes.csv.section"), t("themes.csv.item"), t("themes.count")], rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="sectorrapport-${todayIso()}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
