// Titles of assessment rounds. An inspector types a round's title; a round the app opens (from a
// held visit) gets a code and parameters instead, rendered in the reader's language, so a Dutch
// inspector's round does not read in Dutch to an English reader and vice versa. The codes
// themselves are in ./system-texts.
import { formatDate, type Locale, type Translate } from "~/i18n";
import { readRoundTitle } from "./system-texts";

export interface RoundTitleParts {
  title: string;
  titleCode: string | null;
  titleParams: string | null;
}

/** The round's title in the reader's language: the typed title, or its code rendered. */
export function roundTitleText(round: RoundTitleParts, t: Translate, locale: Locale): string {
  const code = readRoundTitle(round);
  if (code) {
    return t("assessment.visit.roundTitle", {
      kind: t(code.kind === "ANNOUNCED" ? "assessment.visit.announcedLower" : "assessment.visit.unannouncedLower"),
      date: formatDate(code.date, locale),
    });
  }
  // An unknown code (a newer version wrote it) or a damaged parameter: the generic name still reads.
  return round.title || (round.titleCode ? t("assessment.kind.INTERIM") : "");
}
