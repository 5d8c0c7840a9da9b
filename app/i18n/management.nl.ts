// Dutch messages of the management journey. management.en.ts has the same keys.
export const managementNl = {
} as const;
