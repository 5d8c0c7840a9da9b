import type { assessmentNl } from "./assessment.nl";

export const assessmentEn: Record<keyof typeof assessmentNl, string> = {
};
