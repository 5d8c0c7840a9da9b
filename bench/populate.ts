// The synthetic inspectorate itself, written through one better-sqlite3 connection.
// Used by the generator (its own database file) and by the query-budget test (added to a
// test database) — so "the same page costs the same queries on more data" is tested on
// the very data the benchmark uses.
import type Database from "better-sqlite3";
import { RowWriter, random } from "./rows.ts";
import { auditHash } from "../prisma/audit-chain.ts";
import { populateThemes } from "./themes.ts";

const STATUSES = ["ACTIVE", "EXTENDED", "CLOSURE_PROPOSED", "LIFTED", "ESCALATED", "FOLLOW_UP", "ARCHIVED"] as const;
const RATINGS = ["MEETS", "LARGELY_MEETS", "PARTLY_MEETS", "DOES_NOT_MEET", "NOT_ASSESSED"] as const;
const SECTORS = ["Jeugd – pleegzorg", "Jeugd – residentieel", "Ouderenzorg", "Gehandicaptenzorg", "GGZ"];
const CITIES = ["Amsterdam", "Rotterdam", "Utrecht", "Zwolle", "Groningen", "Eindhoven", "Middelburg", "Maastricht", "Arnhem", "Leeuwarden"];
const DAY = 86_400_000;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const endOfMonthAfter = (start: string, months: number) => {
  const [y, m] = start.split("-").map(Number) as [number, number];
  return iso(Date.UTC(y, m - 1 + months + 1, 0));
};

export type Progress = (label: string, done: number, total: number) => void;

/** Writes scale × (200 organisations, 60 trajectories and everything around them); returns rows per table. */
export function populate(sqlite: Database.Database, scale: number, passwordHash: string, progress: Progress = () => {}): Map<string, number> {
  const w = new RowWriter(sqlite);
  const r = random(20250430 + scale);
  const created = new Date("2024-01-01T09:00:00Z");

  // Reference data: measure types and frameworks (not scaled: an inspectorate has a handful).
  // Reuse the measure type when the database already has it (the demo seeds the same codes).
  const findType = sqlite.prepare("SELECT id FROM EnforcementMeasureType WHERE code = ?");
  const typeId = (code: string) => {
    const existing = findType.get(code) as { id: string } | undefined;
    if (existing) return existing.id;
    w.insert("EnforcementMeasureType", { id: `mt-${code}`, code, nameNl: code, nameEn: code });
    return `mt-${code}`;
  };
  const instructionOrder = typeId("AANWIJZING");
  typeId("LAST_ONDER_DWANGSOM");
  typeId("BEVEL");
  const versions: { id: string; norms: string[] }[] = [];
  sqlite.transaction(() => {
    for (let f = 1; f <= 5; f++) {
      w.insert("Framework", { id: `fw-${f}`, name: `Toetsingskader ${f}`, sector: SECTORS[f - 1] ?? "Zorg", createdAt: created });
      for (let v = 1; v <= 3; v++) {
        const id = `fv-${f}-${v}`;
        w.insert("FrameworkVersion", { id, frameworkId: `fw-${f}`, version: v, effectiveDate: `${2014 + v * 4}-01-01`, illustrative: true, note: "Synthetisch", createdAt: created });
        const norms: string[] = [];
        for (let n = 1; n <= r.int(9, 20); n++) {
          const normId = `${id}-n${n}`;
          w.insert("Norm", { id: normId, frameworkVersionId: id, code: `N-${n}`, title: `Norm ${n} van kader ${f}`, description: "Synthetische norm.", criteria: "Criterium A\nCriterium B", order: n });
          norms.push(normId);
        }
        versions.push({ id, norms });
      }
    }
  })();

  // People: inspectors and managers scale with the portfolio; every organisation has a user.
  const organisations = 200 * scale;
  const inspectors = Array.from({ length: 8 * scale + 4 }, (_, i) => `insp-${i + 1}`);
  const managers = Array.from({ length: 2 * scale + 1 }, (_, i) => `mgr-${i + 1}`);
  sqlite.transaction(() => {
    inspectors.forEach((id, i) => w.insert("User", { id, email: `inspecteur-${i + 1}@bench.example`, name: `Inspecteur ${i + 1}`, role: "INSPECTOR", organisationId: null, passwordHash, active: true, createdAt: created }));
    managers.forEach((id, i) => w.insert("User", { id, email: `teamleider-${i + 1}@bench.example`, name: `Teamleider ${i + 1}`, role: "MANAGER", organisationId: null, passwordHash, active: true, createdAt: created }));
    w.insert("User", { id: "admin-1", email: "beheer@bench.example", name: "Beheerder", role: "ADMIN", organisationId: null, passwordHash, active: true, createdAt: created });
    for (let o = 1; o <= organisations; o++) {
      w.insert("Organisation", { id: `org-${o}`, name: `Zorgorganisatie ${o}`, kvkNumber: String(10_000_000 + o), sector: r.pick(SECTORS), location: r.pick(CITIES), createdAt: created });
      w.insert("User", { id: `orguser-${o}`, email: `org-${o}@bench.example`, name: `Medewerker ${o}`, role: "ORGANISATION", organisationId: `org-${o}`, passwordHash, active: true, createdAt: created });
      if (o % 1000 === 0) progress("organisations", o, organisations);
    }
    progress("organisations", organisations, organisations);
  })();

  const trajectories = 60 * scale;
  // Audit ids continue after whatever the database holds (the demo, in the query-budget test).
  let audit = (sqlite.prepare("SELECT COALESCE(MAX(id), 0) AS n FROM AuditEvent").get() as { n: number }).n;
  // Sealed onto the hash chain, as the app appends events, so audit:verify holds at scale too.
  let head = (sqlite.prepare("SELECT hash FROM AuditEvent ORDER BY id DESC LIMIT 1").get() as { hash: string | null } | undefined)?.hash ?? null;
  const event = (trajectoryId: string, actorId: string, action: string, entity: string, entityId: string, at: number, after: unknown) => {
    const content = { trajectoryId, actorId, action, entity, entityId, before: null, after: JSON.stringify(after), createdAt: new Date(at) };
    const hash = auditHash(head, content);
    w.insert("AuditEvent", { id: ++audit, ...content, prevHash: head, hash });
    head = hash;
  };

  const writeTrajectory = (t: number) => {
    const id = `traj-${t}`;
    const status = STATUSES[t % STATUSES.length] ?? "ACTIVE";
    const open = ["ACTIVE", "EXTENDED", "CLOSURE_PROPOSED", "ESCALATED"].includes(status);
    // Open trajectories started recently; closed ones reach back to 2000 ("decades of history").
    const startMs = open ? Date.UTC(2025, 5, 1) + r.int(0, 500) * DAY : Date.UTC(2000, 0, 1) + r.int(0, 9000) * DAY;
    const startDate = iso(startMs);
    const months = r.pick([6, 9, 12]);
    const deadline = endOfMonthAfter(startDate, months);
    const org = `org-${((t - 1) * 7) % organisations + 1}`;
    const lead = r.pick(inspectors);
    const version = r.pick(versions);
    const member = r.pick(inspectors);
    w.insert("Trajectory", { id, reference: `VT-${startDate.slice(0, 4)}-${String(t).padStart(6, "0")}`, organisationId: org, frameworkVersionId: version.id, reason: "Synthetische aanleiding na een calamiteit.", legalBasis: "Wkkgz", leadInspectorId: lead, startDate, durationMonths: months, deadline, deadlineOverrideReason: null, status, version: 1, createdAt: new Date(startMs), updatedAt: new Date(startMs) });
    if (member !== lead) w.insert("TrajectoryMember", { trajectoryId: id, userId: member });
    event(id, lead, "trajectory.created", "Trajectory", id, startMs, { status, deadline });

    // Visits, the rounds they open, and assessments with revisions for every norm.
    const roundCount = r.int(2, 6);
    const latest = new Map<string, string>();
    for (let k = 0; k < roundCount; k++) {
      const at = startMs + k * 45 * DAY;
      const kind = k === 0 ? "BASELINE" : k === roundCount - 1 && !open ? "FINAL" : "INTERIM";
      let visitId: string | null = null;
      if (k > 0) {
        visitId = `${id}-v${k}`;
        w.insert("Visit", { id: visitId, trajectoryId: id, date: iso(at), announced: r.chance(0.6), participants: "Inspecteurs, bestuur", notes: "Synthetisch bezoek.", createdById: lead, createdAt: new Date(at) });
        event(id, lead, "visit.recorded", "Visit", visitId, at, { date: iso(at) });
      }
      const roundId = `${id}-r${k}`;
      w.insert("AssessmentRound", { id: roundId, trajectoryId: id, kind, title: `${kind} ${k + 1}`, date: iso(at), visitId, publishedAt: new Date(at + 14 * DAY), createdById: lead, createdAt: new Date(at) });
      event(id, lead, "round.created", "AssessmentRound", roundId, at, { kind });
      version.norms.forEach((normId, n) => {
        const assessmentId = `${roundId}-a${n}`;
        const revisions = r.int(1, 3);
        let rating: string = k === 0 ? (r.chance(0.8) ? "DOES_NOT_MEET" : "PARTLY_MEETS") : r.pick(RATINGS.slice(0, 4));
        const history: { revision: number; rating: string; at: number; author: string }[] = [];
        for (let rev = 1; rev <= revisions; rev++) {
          rating = rev === revisions ? rating : r.pick(RATINGS);
          history.push({ revision: rev, rating, at: at + rev * 3_600_000, author: rev % 2 ? lead : member });
        }
        // The head row first: revisions reference it (foreign keys stay on in the query-budget test).
        w.insert("NormAssessment", { id: assessmentId, roundId, normId, rating, findings: "Synthetische bevindingen bij deze norm.", evidence: "Dossieronderzoek", version: revisions, updatedAt: new Date(at + revisions * 3_600_000) });
        for (const h of history) {
          w.insert("NormAssessmentRevision", { id: `${assessmentId}-${h.revision}`, assessmentId, revision: h.revision, rating: h.rating, findings: "Synthetische bevindingen bij deze norm.", evidence: "Dossieronderzoek", authorId: h.author, createdAt: new Date(h.at) });
          event(id, h.author, "assessment.revised", "NormAssessment", assessmentId, h.at, { revision: h.revision, rating: h.rating });
        }
        latest.set(normId, rating);
      });
    }

    // Required measures, progress reports (with attachment metadata), improvement plans.
    for (let m = 0; m < r.int(2, 5); m++) {
      const mid = `${id}-m${m}`;
      w.insert("RequiredMeasure", { id: mid, trajectoryId: id, normId: r.pick(version.norms), description: "Synthetische verbetermaatregel.", dueDate: deadline, status: open ? r.pick(["OPEN", "IN_PROGRESS", "MET"]) : r.pick(["MET", "NOT_MET"]), version: 1, createdById: lead, createdAt: new Date(startMs), updatedAt: new Date(startMs) });
      event(id, lead, "measure.created", "RequiredMeasure", mid, startMs, { dueDate: deadline });
    }
    for (let p = 0; p < r.int(1, 4); p++) {
      const rid = `${id}-pr${p}`;
      const due = iso(startMs + (p + 1) * 60 * DAY);
      const done = !open || r.chance(0.6);
      w.insert("ProgressReportRequest", { id: rid, trajectoryId: id, title: `Voortgangsrapportage ${p + 1}`, instructions: "Rapporteer per norm.", dueDate: due, status: done ? "ACCEPTED" : "REQUESTED", requestedById: lead, followUpId: null, version: 1, createdAt: new Date(startMs) });
      const scope = version.norms.slice(0, r.int(2, 4));
      scope.forEach((normId) => w.insert("ProgressReportNorm", { requestId: rid, normId }));
      event(id, lead, "report.requested", "ProgressReportRequest", rid, startMs, { dueDate: due });
      if (done) {
        const sid = `${rid}-s1`;
        const at = Date.parse(`${due}T09:00:00Z`) - 2 * DAY;
        w.insert("ProgressReportSubmission", { id: sid, requestId: rid, number: 1, status: "SUBMITTED", summary: "Synthetische samenvatting.", submittedAt: new Date(at), submittedById: `orguser-${org.slice(4)}`, reviewOutcome: "ACCEPTED", reviewComment: "Akkoord.", reviewedAt: new Date(at + DAY), reviewedById: lead, version: 1, createdAt: new Date(at) });
        scope.forEach((normId) => w.insert("ProgressReportEntry", { submissionId: sid, normId, progress: "Synthetische voortgang." }));
        for (let a = 0; a < r.int(0, 2); a++) {
          w.insert("Attachment", { id: `${sid}-f${a}`, trajectoryId: id, submissionId: sid, fileName: `bijlage-${a + 1}.pdf`, mimeType: "application/pdf", size: r.int(20_000, 4_000_000), sha256: `${sid}-f${a}`.padEnd(64, "0").slice(0, 64), uploadedById: `orguser-${org.slice(4)}`, createdAt: new Date(at) });
        }
        event(id, `orguser-${org.slice(4)}`, "report.submitted", "ProgressReportSubmission", sid, at, { number: 1 });
      }
    }
    for (let v = 1; v <= r.int(1, 3); v++) {
      const pid = `${id}-plan${v}`;
      w.insert("ImprovementPlanVersion", { id: pid, trajectoryId: id, number: v, status: v === 1 ? "ACCEPTED" : "SUBMITTED", summary: "Synthetisch verbeterplan.", dueDate: null, submittedAt: new Date(startMs + v * 30 * DAY), submittedById: `orguser-${org.slice(4)}`, reviewedAt: null, reviewedById: null, reviewComment: null, followUpId: null, version: 1, createdAt: new Date(startMs + v * 20 * DAY) });
      for (let a = 0; a < r.int(3, 8); a++) {
        w.insert("PlanAction", { id: `${pid}-a${a}`, planVersionId: pid, normId: r.pick(version.norms), measureId: null, description: "Synthetische actie.", owner: "Kwaliteitsmanager", dueDate: deadline, status: r.pick(["PLANNED", "IN_PROGRESS", "DONE"]), progress: "", order: a });
      }
      event(id, `orguser-${org.slice(4)}`, "plan.submitted", "ImprovementPlanVersion", pid, startMs + v * 30 * DAY, { number: v });
    }

    // Closure: proposals and decisions for every trajectory past "active".
    if (["CLOSURE_PROPOSED", "LIFTED", "ESCALATED", "FOLLOW_UP", "ARCHIVED"].includes(status)) {
      const outcome = status === "ESCALATED" ? "ESCALATE" : "LIFT";
      const pid = `${id}-cp`;
      const at = Date.parse(`${deadline}T09:00:00Z`);
      const summary = JSON.stringify(version.norms.map((normId, n) => ({ code: `N-${n + 1}`, title: `Norm ${n + 1}`, baseline: "DOES_NOT_MEET", latest: latest.get(normId) })));
      w.insert("ClosureProposal", { id: pid, trajectoryId: id, outcome, rationale: "Synthetische onderbouwing.", normSummary: summary, newDeadline: null, measureTypeId: outcome === "ESCALATE" ? instructionOrder : null, measureDetails: null, followUps: "[]", status: status === "CLOSURE_PROPOSED" ? "PENDING" : "APPROVED", proposedById: lead, version: 1, createdAt: new Date(at), updatedAt: new Date(at) });
      event(id, lead, "proposal.created", "ClosureProposal", pid, at, { outcome });
      if (status !== "CLOSURE_PROPOSED") {
        const did = `${pid}-d`;
        const decidedBy = r.pick(managers);
        const decisionDate = iso(at + 20 * DAY);
        w.insert("ClosureDecision", { id: did, proposalId: pid, decision: "APPROVED", comment: "Akkoord.", decidedById: decidedBy, decisionDate, decidedAt: new Date(at + 20 * DAY), publicSummary: r.chance(0.5) ? "Het verscherpt toezicht is beëindigd." : null, publishedAt: r.chance(0.5) ? new Date(at + 21 * DAY) : null });
        event(id, decidedBy, "decision.approved", "ClosureDecision", did, at + 20 * DAY, { outcome });
        if (status === "ESCALATED") {
          w.insert("EnforcementMeasure", { id: `${id}-am`, trajectoryId: id, typeId: instructionOrder, description: "Synthetische aanwijzing.", imposedOn: decisionDate, dueDate: iso(at + 200 * DAY), status: "IN_FORCE", decisionId: did, createdAt: new Date(at + 20 * DAY) });
        }
        if (status === "FOLLOW_UP" || status === "LIFTED") {
          w.insert("FollowUpObligation", { id: `${id}-fu`, trajectoryId: id, kind: "REPORT", title: "Rapportage na afloop", dueDate: iso(at + 180 * DAY), status: "OPEN", decisionId: did, createdAt: new Date(at + 20 * DAY) });
        }
      }
    }
  };

  const batch = 100;
  for (let start = 1; start <= trajectories; start += batch) {
    sqlite.transaction(() => {
      for (let t = start; t < Math.min(start + batch, trajectories + 1); t++) writeTrajectory(t);
    })();
    progress("trajectories", Math.min(start + batch - 1, trajectories), trajectories);
  }
  populateThemes(sqlite, w, "fv-1-1");
  return w.counts;
}
