// The first draft of a decision's plain-language public summary, which the manager then edits.
// It names only what may be public: organisation, period, counts of norms, outcome and date.
import { formatDate, type Locale, type Translate } from "~/i18n";
import type { ClosureOutcome, NormSummaryEntry } from "./closure";
import { isMet, isUnmet } from "./rating";

export interface SummaryFacts {
  organisation: string;
  sector: string;
  location: string;
  startDate: string;
  decisionDate: string;
  outcome: ClosureOutcome;
  normSummary: readonly NormSummaryEntry[];
  newDeadline: string | null;
  measureTypeName: string | null;
}

export function draftPublicSummary(t: Translate, locale: Locale, facts: SummaryFacts): string {
  const total = facts.normSummary.length;
  const unmetAtStart = facts.normSummary.filter((n) => isUnmet(n.baseline)).length;
  const metNow = facts.normSummary.filter((n) => n.latest && isMet(n.latest)).length;
  const date = formatDate(facts.decisionDate, locale);
  const outcome =
    facts.outcome === "LIFT"
      ? t("publication.draft.lift", { date })
      : facts.outcome === "EXTEND"
        ? t("publication.draft.extend", { date, deadline: facts.newDeadline ? formatDate(facts.newDeadline, locale) : "—" })
        : t("publication.draft.escalate", { date, measure: facts.measureTypeName ?? "—" });
  return [
    t("publication.draft.intro", { organisation: facts.organisation, sector: facts.sector, location: facts.location }),
    t("publication.draft.period", { start: formatDate(facts.startDate, locale), date }),
    total > 0 ? t("publication.draft.norms", { unmet: unmetAtStart, met: metNow, total }) : "",
    outcome,
  ]
    .filter(Boolean)
    .join(" ");
}
