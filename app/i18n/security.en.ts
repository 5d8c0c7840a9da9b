import type { securityNl } from "./security.nl";

export const securityEn: Record<keyof typeof securityNl, string> = {
  "security.chain.intact": "The audit chain holds: all {count} events of this trajectory have their original content and link to their predecessor.",
  "security.chain.broken": "The audit chain is broken at event {id}: the audit log was changed outside the application. Report this to the administrator.",
  "security.field.controlCharacters": "This field contains an invisible control character (such as NUL). Remove it and try again.",
  "security.field.dateRange": "This date is outside the possible range ({max}).",
};
