// Dutch messages of the assessment work (rounds, norm assessments, measures, visits). assessment.en.ts has the same keys.
export const assessmentNl = {
} as const;
