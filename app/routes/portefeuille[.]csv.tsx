import type { LoaderFunctionArgs } from "@remix-run/node";
import { toCsv } from "~/domain/csv";
import { todayIso } from "~/domain/dates";
import { isTrajectoryStatus } from "~/domain/lifecycle";
import { exportRows } from "~/models/portfolio.server";
import { getTranslator } from "~/utils/locale.server";
import { requirePermission } from "~/utils/session.server";

// A resource route: the portfolio as CSV for a spreadsheet, in the user's language.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "portfolio:read");
  const { t } = await getTranslator(request);
  const rows = await exportRows();
  const header = [
    t("trajectory.reference"),
    t("trajectory.organisation"),
    t("trajectory.status"),
    t("trajectory.start"),
    t("trajectory.deadline"),
    t("trajectory.lead"),
    t("portfolio.export.latestRound"),
    t("portfolio.export.latestRoundDate"),
    t("rating.MEETS"),
    t("rating.LARGELY_MEETS"),
    t("rating.PARTLY_MEETS"),
    t("rating.DOES_NOT_MEET"),
    t("rating.NOT_ASSESSED"),
  ];
  const body = rows.map((r) => [
    r.reference,
    r.organisation,
    isTrajectoryStatus(r.status) ? t(`status.${r.status}`) : r.status,
    r.startDate,
    r.deadline,
    r.lead,
    r.roundTitle,
    r.roundDate,
    r.meets,
    r.largelyMeets,
    r.partlyMeets,
    r.doesNotMeet,
    r.notAssessed,
  ]);
  return new Response(toCsv(header, body), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="portefeuille-${todayIso()}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
