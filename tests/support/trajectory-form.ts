import { db } from "./database";

/** A valid "new trajectory" form for a new organisation, led by the demo inspector Sanne. */
export async function trajectoryForm(overrides: Record<string, string> = {}): Promise<Record<string, string>> {
  const version = await db.frameworkVersion.findFirstOrThrow({ select: { id: true } });
  const sanne = await db.user.findUniqueOrThrow({ where: { email: "inspecteur@igj.example" } });
  return {
    kvkNumber: "87654321",
    organisationName: "Stichting Nieuwe Pleegzorg",
    sector: "Jeugd – pleegzorg",
    location: "Breda",
    frameworkVersionId: version.id,
    reason: "Melding van een calamiteit.",
    legalBasis: "Jeugdwet",
    leadInspectorId: sanne.id,
    startDate: "2025-04-30",
    durationMonths: "9",
    ...overrides,
  };
}
