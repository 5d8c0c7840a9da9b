// Dutch messages of the organisation journey. organisation.en.ts has the same keys.
export const organisationNl = {
} as const;
