import type { inspectorNl } from "./inspector.nl";

export const inspectorEn: Record<keyof typeof inspectorNl, string> = {
};
