import type { organisationNl } from "./organisation.nl";

export const organisationEn: Record<keyof typeof organisationNl, string> = {
};
