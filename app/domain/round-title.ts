// Titles of assessment rounds. An inspector types a round's title; a round the app opens (from a
// held visit) gets a code and parameters instead, rendered in the reader's language, so a Dutch
// inspector's round does not read in Dutch to an English reader and vice versa.
import { formatDate, type Locale, type Translate } from "~/i18n";
import type { VISIT_KINDS } from "./assessment";

export interface RoundTitleParts {
  title: string;
  titleCode: string | null;
  titleParams: string | null;
}

const VISIT_ROUND = "visitRound";

/** The code and parameters of a round opened from a visit: its kind and its day. */
export function visitRoundTitle(visit: { announced: boolean; date: string }): { titleCode: string; titleParams: string } {
  return { titleCode: VISIT_ROUND, titleParams: JSON.stringify({ kind: visit.announced ? "ANNOUNCED" : "UNANNOUNCED", date: visit.date }) };
}

function visitParams(raw: string | null): { kind: (typeof VISIT_KINDS)[number]; date: string } | null {
  try {
    const value: unknown = JSON.parse(raw ?? "null");
    if (typeof value !== "object" || value === null) return null;
    const { kind, date } = value as Record<string, unknown>;
    if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
    if (kind !== "ANNOUNCED" && kind !== "UNANNOUNCED") return null;
    return { kind, date };
  } catch {
    return null;
  }
}

/** The round's title in the reader's language: the typed title, or its code rendered. */
export function roundTitleText(round: RoundTitleParts, t: Translate, locale: Locale): string {
  if (round.titleCode === VISIT_ROUND) {
    const params = visitParams(round.titleParams);
    if (params) {
      return t("assessment.visit.roundTitle", {
        kind: t(params.kind === "ANNOUNCED" ? "assessment.visit.announcedLower" : "assessment.visit.unannouncedLower"),
        date: formatDate(params.date, locale),
      });
    }
  }
  // An unknown code (a newer version wrote it) or a damaged parameter: the generic name still reads.
  return round.title || (round.titleCode ? t("assessment.kind.INTERIM") : "");
}
