import { DistributionChart } from "~/components/theme-charts";
import { DataTable } from "~/components/page-shells";
import { RECIPIENT_STATES, type QuestionKind, type RiskBand } from "~/domain/theme";
import type { QuestionAggregate } from "~/domain/theme-report";
import { formatNumber } from "~/i18n";
import { useI18n } from "~/utils/i18n";

export interface ReportBody {
  recipients: number;
  states: Record<(typeof RECIPIENT_STATES)[number], number>;
  bands: Record<string, number>;
  bandKeys: readonly RiskBand[];
  selected: number;
  trajectories: number;
  selectedNames: string[];
  scale: string[];
  questions: QuestionAggregate[];
}

/**
 * The sector report's numbers: responses, risk distribution, the selection, and per question
 * the answers and scores. Counts and distributions only; names only when published by decision.
 */
export function ThemeReportBody({ report }: { report: ReportBody }) {
  const { t, locale } = useI18n();
  const n = (value: number) => formatNumber(value, locale);
  const optionLabel = (kind: string, label: string) => (kind === "YES_NO" && (label === "YES" || label === "NO") ? t(`themes.answer.${label}`) : label);
  return (
    <>
      <h2>{t("themes.report.responses")}</h2>
      <p>{t("themes.report.responsesText", { total: n(report.recipients), submitted: n(report.states.SUBMITTED) })}</p>
      <DataTable caption={t("themes.stateCountsCaption")} columns={[t("themes.state.label"), t("themes.count")]}>
        {RECIPIENT_STATES.map((s) => (
          <tr key={s}>
            <td>{t(`themes.state.${s}`)}</td>
            <td>{n(report.states[s])}</td>
          </tr>
        ))}
      </DataTable>
      <DistributionChart
        title={t("themes.ranking.chartTitle")}
        unit={t("themes.ranking.organisations")}
        bars={report.bandKeys.map((band) => ({ key: band, label: t(`themes.band.${band}`), count: report.bands[band] ?? 0 }))}
      />
      <h2>{t("themes.report.selection")}</h2>
      <p>{t("themes.report.selectionText", { selected: n(report.selected), trajectories: n(report.trajectories) })}</p>
      {report.selectedNames.length ? (
        <ul>
          {report.selectedNames.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
      ) : null}
      <h2>{t("themes.report.perQuestion")}</h2>
      {report.questions.map((q) => (
        <section key={q.id} aria-labelledby={`q-${q.id}`}>
          <h3 id={`q-${q.id}`}>
            {q.order}. {q.text}
          </h3>
          <p>
            {t(`themes.kind.${q.kind as QuestionKind}`)} · {t("themes.report.answered", { count: n(q.answered) })}
          </p>
          {q.counts.length ? (
            <DataTable caption={t("themes.report.answersCaption", { number: q.order })} columns={[t("themes.report.answer"), t("themes.count")]}>
              {q.counts.map((c) => (
                <tr key={c.label}>
                  <td>{optionLabel(q.kind, c.label)}</td>
                  <td>{n(c.count)}</td>
                </tr>
              ))}
            </DataTable>
          ) : null}
          {q.numbers ? <p>{t("themes.report.numbers", { min: n(q.numbers.min), median: n(q.numbers.median), max: n(q.numbers.max) })}</p> : null}
          <DataTable caption={t("themes.report.scoresCaption", { number: q.order })} columns={[t("themes.report.score"), t("themes.count")]}>
            {report.scale.map((s) => (
              <tr key={s}>
                <td>{t(`themes.score.value${s as "1"}`)}</td>
                <td>{n(q.scores[s] ?? 0)}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      ))}
    </>
  );
}
