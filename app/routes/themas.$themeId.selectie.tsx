import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { SelectInput, SubmitButton } from "~/components/form";
import { DataTable as ScrollTable } from "~/components/data-table";
import { Pagination } from "~/components/pagination";
import { StatusError } from "~/components/status-error";
import { DistributionChart } from "~/components/theme-charts";
import { RecipientStateBadge, ThemeTabs } from "~/components/theme-parts";
import { todayIso } from "~/domain/dates";
import { pageRequest, pagingOf } from "~/domain/pagination";
import { RANKING_SORTS, RECIPIENT_STATES, sortRanking, tally, type RankingSort, type RecipientState, type RiskBand } from "~/domain/theme";
import { formatNumber } from "~/i18n";
import { rankingRows } from "~/models/theme-selection.server";
import { getThemeDetails, mayWriteTheme, requireThemeAccess } from "~/models/theme.server";
import { managementLinks } from "~/styles/management-links";
import { useI18n } from "~/utils/i18n";
import { requireUser } from "~/utils/session.server";

export const links = managementLinks;
export const meta: MetaFunction = () => [{ title: "Risicoselectie – Toezichtspoor" }];

const BANDS: readonly RiskBand[] = ["veryHigh", "high", "medium", "low", "unscored"];
const ROWS_PER_PAGE = 50;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | "" {
  return value && (values as readonly string[]).includes(value) ? (value as T) : "";
}

/** The ranking: every recipient by risk, filtered and sorted, one page shown; the chart counts them all. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const visible = await requireThemeAccess(user, params.themeId);
  const search = new URL(request.url).searchParams;
  const filters = {
    state: oneOf(RECIPIENT_STATES, search.get("status")),
    band: oneOf(BANDS, search.get("risico")),
    selected: search.get("geselecteerd") === "ja",
    sort: oneOf(RANKING_SORTS, search.get("sort")) || ("risk-desc" as RankingSort),
  };
  const [theme, rows] = await Promise.all([getThemeDetails(visible.id), rankingRows(visible.id, todayIso())]);
  if (!theme) throw new Response("Not found", { status: 404 });
  const matching = sortRanking(
    rows.filter((r) => (!filters.state || r.state === filters.state) && (!filters.band || r.band === filters.band) && (!filters.selected || r.selected)),
    filters.sort,
  );
  const page = pageRequest(search, ROWS_PER_PAGE);
  return {
    theme: { id: theme.id, title: theme.title, status: theme.status },
    filters,
    total: matching.length,
    rows: matching.slice(page.skip, page.skip + page.take).map((r, i) => ({ ...r, rank: page.skip + i + 1 })),
    paging: pagingOf(page, matching.length),
    bands: tally(BANDS, rows.map((r) => r.band)),
    mayWrite: mayWriteTheme(user, visible),
  };
}

/** A column header that sorts the table by following a link (works without JavaScript). */
function SortHeader({ label, ascending, descending }: { label: string; ascending: RankingSort; descending?: RankingSort }) {
  const [params] = useSearchParams();
  const { t } = useI18n();
  const current = params.get("sort") ?? "risk-desc";
  const active = current === ascending || current === descending;
  const next = descending && current === descending ? ascending : (descending ?? ascending);
  const href = new URLSearchParams(params);
  href.set("sort", next);
  href.delete("page");
  return (
    <th scope="col" aria-sort={active ? (current === descending ? "descending" : "ascending") : undefined}>
      <Link to={`?${href.toString()}`}>
        {label}
        <span className="visually-hidden"> {t("themes.ranking.sortBy")}</span>
      </Link>
    </th>
  );
}

export default function Ranking() {
  const { theme, filters, total, rows, paging, bands, mayWrite } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  const bandLabel = (band: RiskBand) => t(`themes.band.${band}`);
  return (
    <>
      <h1>{t("themes.ranking.title", { title: theme.title })}</h1>
      <ThemeTabs themeId={theme.id} />
      <p>{t("themes.ranking.intro")}</p>
      <DistributionChart title={t("themes.ranking.chartTitle")} unit={t("themes.ranking.organisations")} bars={BANDS.map((band) => ({ key: band, label: bandLabel(band), count: bands[band] }))} />
      <Form method="get" className="filters" role="search" aria-label={t("themes.ranking.filters")}>
        <SelectInput name="status" label={t("themes.state.label")} placeholder={t("themes.ranking.all")} defaultValue={filters.state} options={RECIPIENT_STATES.map((s) => ({ value: s, label: t(`themes.state.${s}`) }))} />
        <SelectInput name="risico" label={t("themes.ranking.band")} placeholder={t("themes.ranking.all")} defaultValue={filters.band} options={BANDS.map((b) => ({ value: b, label: bandLabel(b) }))} />
        <SelectInput
          name="geselecteerd"
          label={t("themes.selection.selected")}
          placeholder={t("themes.ranking.all")}
          defaultValue={filters.selected ? "ja" : ""}
          options={[{ value: "ja", label: t("themes.ranking.onlySelected") }]}
        />
        <input type="hidden" name="sort" value={filters.sort} />
        <SubmitButton variant="secondary">{t("themes.ranking.filter")}</SubmitButton>
      </Form>
      <p role="status">{t("themes.ranking.count", { count: formatNumber(total, locale) })}</p>
      {rows.length === 0 ? null : (
        <ScrollTable caption={t("themes.ranking.caption")}>
          <thead>
            <tr>
              <th scope="col">{t("themes.ranking.rank")}</th>
              <SortHeader label={t("themes.organisation")} ascending="name-asc" />
              <SortHeader label={t("themes.state.label")} ascending="state" />
              <SortHeader label={t("themes.ranking.risk")} ascending="risk-asc" descending="risk-desc" />
              <th scope="col">{t("themes.ranking.basis")}</th>
              <th scope="col">{t("themes.ranking.followUp")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{formatNumber(r.rank, locale)}</td>
                <td>
                  <Link to={`/uitvragen/${r.id}`}>{r.organisationName}</Link> <span className="muted">({r.location})</span>
                </td>
                <td>
                  <RecipientStateBadge state={r.state as RecipientState} />
                </td>
                <td>
                  {r.risk === null ? "—" : formatNumber(r.risk, locale)} <span className="muted">({bandLabel(r.band)})</span>
                </td>
                <td>{t("themes.ranking.basisText", { scores: formatNumber(r.scored, locale), signals: formatNumber(r.signals, locale) })}</td>
                <td>
                  {r.trajectoryId ? (
                    <Link to={`/trajecten/${r.trajectoryId}`}>{t("themes.selection.trajectory")}</Link>
                  ) : r.selected && mayWrite ? (
                    <Link to={`/themas/${theme.id}/selectie/${r.id}`}>{t("themes.selection.start")}</Link>
                  ) : r.selected ? (
                    t("themes.selection.selected")
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <Pagination page={paging.page} pages={paging.pages} />
    </>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
