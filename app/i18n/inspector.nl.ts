// Dutch messages of the inspector journey. inspector.en.ts has the same keys.
export const inspectorNl = {
} as const;
