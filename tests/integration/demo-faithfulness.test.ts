// The demo tells the sources' story and only that as fact (DESIGN.md, "The model case"), and its
// other (invented) trajectories say what their own data says.
import { beforeEach, describe, expect, it } from "vitest";
import { isMet, isRating } from "~/domain/rating";
import { db, seedDemoData } from "../support/database";

const NUMBER_WORDS: Record<string, number> = { een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9 };

beforeEach(seedDemoData);

describe("demo data", () => {
  it("states in each reason as many failing norms as the baseline has norms not met (the app's rule)", async () => {
    const trajectories = await db.trajectory.findMany({
      select: {
        reference: true,
        reason: true,
        frameworkVersion: { select: { _count: { select: { norms: true } } } },
        rounds: { where: { kind: "BASELINE" }, select: { assessments: { select: { rating: true } } } },
      },
    });
    const checked = trajectories.flatMap((t) => {
      const stated = /voldeed aan (\w+) (?:van de \w+ )?normen[^.]* niet/.exec(t.reason)?.[1];
      if (!stated) return [];
      const assessments = t.rounds[0]?.assessments ?? [];
      const met = assessments.filter((a) => isRating(a.rating) && isMet(a.rating)).length;
      return [{ reference: t.reference, stated: NUMBER_WORDS[stated], notMet: t.frameworkVersion._count.norms - met }];
    });
    expect(checked.length).toBeGreaterThanOrEqual(4);
    for (const row of checked) expect(row.stated, row.reference).toBe(row.notMet);
  });

  it("says nothing about Enver that the sources do not, and what they do say in their words", async () => {
    const enver = await db.trajectory.findUniqueOrThrow({
      where: { id: "traj-enver" },
      select: {
        reason: true,
        legalBasis: true,
        draftReports: { select: { findings: true } },
        proposals: { select: { rationale: true, decisions: { select: { comment: true, publicSummary: true } } } },
        plans: { select: { number: true, dueDate: true } },
      },
    });
    const texts = [
      enver.reason,
      enver.legalBasis,
      ...enver.draftReports.map((d) => d.findings),
      ...enver.proposals.flatMap((p) => [p.rationale, ...p.decisions.flatMap((d) => [d.comment, d.publicSummary ?? ""])]),
    ].join("\n");
    // Not in the sources: the children and families counted, a nine-norm count, article numbers, a plan date.
    for (const claim of [/1\.300/, /900 pleeggezinnen/, /negen normen/, /art(?:ikel|\.)\s*\d/, /1 mei 2026/, /substanti/i]) expect(texts).not.toMatch(claim);
    // The sources' words: the eight norms, a (considerable) improvement, the board and its extra member.
    expect(enver.reason).toMatch(/Enver had onvoldoende zicht op de veiligheid/);
    const summary = enver.proposals[0]?.decisions[0]?.publicSummary ?? "";
    expect(summary).toMatch(/de acht normen een \(aanzienlijke\) verbetering/);
    expect(summary).toMatch(/extra bestuurder/);
    expect(summary).toMatch(/na de zomer van 2026/);
    // Details from the demo's illustrative norms are marked as such wherever they are stated.
    for (const text of [...enver.draftReports.map((d) => d.findings), ...enver.proposals.map((p) => p.rationale)]) {
      if (/voldoen grotendeels/.test(text)) expect(text).toMatch(/Illustratief/);
    }
    // No due date for the sharpened plan: the sources give none.
    expect(enver.plans.find((p) => p.number === 2)?.dueDate).toBeNull();
  });
});
