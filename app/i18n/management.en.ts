import type { managementNl } from "./management.nl";

export const managementEn: Record<keyof typeof managementNl, string> = {
};
