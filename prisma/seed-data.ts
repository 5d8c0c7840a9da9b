// Demo data: the IGJ / Enver model case (2025–2026) plus three invented foster-care
// organisations, so every role has something real to look at. Ids are fixed and readable
// ("traj-enver", "norm-pz-3") so tests, links and the README can name them.
//
// Idempotent by construction: reference rows (organisations, users, framework, measure
// types) are created only when their id is absent, and each trajectory is written as a
// whole only when the trajectory itself is absent. A second run therefore writes nothing,
// and nothing a user changed in the app (a revised assessment, a deleted draft action, a
// withdrawn proposal) is ever overwritten or brought back.
import type { Prisma, PrismaClient } from "../app/generated/prisma/client.ts";
import { canTransition, type TrajectoryStatus } from "../app/domain/lifecycle.ts";
import { supervisionDeadline, TIME_ZONE } from "../app/domain/dates.ts";
import type { Rating } from "../app/domain/rating.ts";
import type { Role } from "../app/domain/roles.ts";
import { hashPassword } from "../app/utils/password.server.ts";
import { seal } from "../app/utils/audit-chain.server.ts";

type Tx = Prisma.TransactionClient;

export const DEMO_PASSWORD = "toezicht-demo";

// ---------------------------------------------------------------------------------------
// Reference data
// ---------------------------------------------------------------------------------------

const SECTOR = "Jeugd – pleegzorg";

export const DEMO_ORGANISATIONS = [
  { id: "org-enver", name: "Enver", kvkNumber: "24301175", sector: SECTOR, location: "Rotterdam" },
  { id: "org-horizon", name: "Stichting Horizon Pleegzorg", kvkNumber: "30291846", sector: SECTOR, location: "Utrecht" },
  { id: "org-de-linde", name: "Jeugdhulp De Linde", kvkNumber: "05083927", sector: SECTOR, location: "Zwolle" },
  { id: "org-kustregio", name: "Pleegzorg Kustregio", kvkNumber: "22047361", sector: SECTOR, location: "Middelburg" },
] as const satisfies readonly Prisma.OrganisationCreateManyInput[];

const USER = {
  sanne: "user-sanne",
  joris: "user-joris",
  mirjam: "user-mirjam",
  ahmed: "user-ahmed",
  lotte: "user-lotte",
  pieter: "user-pieter",
} as const;

export interface DemoAccount {
  id: string;
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  description: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    id: USER.sanne,
    email: "inspecteur@igj.example",
    name: "Sanne de Vries",
    role: "INSPECTOR",
    organisationId: null,
    description: "Inspecteur: leidend bij Enver en Pleegzorg Kustregio, teamlid bij Jeugdhulp De Linde",
  },
  {
    id: USER.joris,
    email: "inspecteur2@igj.example",
    name: "Joris Bakker",
    role: "INSPECTOR",
    organisationId: null,
    description: "Inspecteur: leidend bij Stichting Horizon Pleegzorg en Jeugdhulp De Linde, teamlid bij Enver en Kustregio",
  },
  {
    id: USER.mirjam,
    email: "teamleider@igj.example",
    name: "Mirjam Jansen",
    role: "MANAGER",
    organisationId: null,
    description: "Teamleider: ziet de hele portefeuille en besluit over afsluitvoorstellen",
  },
  {
    id: USER.ahmed,
    email: "beheer@igj.example",
    name: "Ahmed El Amrani",
    role: "ADMIN",
    organisationId: null,
    description: "Beheerder: gebruikers, organisaties en toetsingskaders",
  },
  {
    id: USER.lotte,
    email: "enver@enver.example",
    name: "Lotte Visser",
    role: "ORGANISATION",
    organisationId: "org-enver",
    description: "Enver: ziet alleen het eigen traject, werkt het verbeterplan bij en levert rapportages aan",
  },
  {
    id: USER.pieter,
    email: "gebruiker@horizon.example",
    name: "Pieter Smit",
    role: "ORGANISATION",
    organisationId: "org-horizon",
    description: "Stichting Horizon Pleegzorg: lopend traject met een openstaande voortgangsrapportage",
  },
];

const FRAMEWORK = { id: "fw-pleegzorg", name: "Toetsingskader Pleegzorg", sector: SECTOR };
const FRAMEWORK_VERSION = {
  id: "fwv-pleegzorg-1",
  frameworkId: FRAMEWORK.id,
  version: 1,
  effectiveDate: "2024-01-01",
  illustrative: true,
  note:
    "De negen normen zijn illustratief: de precieze tekst van het toetsingskader Pleegzorg is niet openbaar. " +
    "Ze volgen de thema's die de inspectie publiek heeft genoemd. Ook de bevindingen in deze demo zijn illustratief.",
  createdAt: new Date("2024-01-01T00:00:00Z"),
};

export const NORM_CODES = ["PZ-1", "PZ-2", "PZ-3", "PZ-4", "PZ-5", "PZ-6", "PZ-7", "PZ-8", "PZ-9"] as const;
type NormCode = (typeof NORM_CODES)[number];

interface NormSeed {
  code: NormCode;
  title: string;
  description: string;
  criteria: readonly string[];
}

const NORMS: readonly NormSeed[] = [
  {
    code: "PZ-1",
    title: "Veiligheid van het pleegkind",
    description:
      "De pleegzorgaanbieder heeft zicht op de veiligheid van ieder pleegkind en grijpt in wanneer die in gevaar is.",
    criteria: [
      "Bij iedere plaatsing is een veiligheidstaxatie gedaan en vastgelegd.",
      "De veiligheid wordt minstens eenmaal per half jaar opnieuw getaxeerd.",
      "Signalen over onveiligheid worden binnen vijf werkdagen opgepakt en beoordeeld.",
      "Calamiteiten en geweld in de pleegzorgrelatie worden gemeld bij de inspectie.",
    ],
  },
  {
    code: "PZ-2",
    title: "Screening en matching van pleeggezinnen",
    description:
      "Pleeggezinnen worden zorgvuldig gescreend en voorbereid. Ieder pleegkind wordt bewust gematcht met een passend pleeggezin.",
    criteria: [
      "De screening van het pleeggezin is afgerond voordat een kind wordt geplaatst.",
      "Voor alle volwassen gezinsleden is een geldige verklaring omtrent het gedrag (VOG) aanwezig.",
      "De matchingsoverwegingen zijn per plaatsing vastgelegd, bij een crisisplaatsing binnen vijf werkdagen.",
    ],
  },
  {
    code: "PZ-3",
    title: "Planmatig werken en de ontwikkeling van het kind",
    description:
      "De pleegzorgaanbieder werkt planmatig volgens de Richtlijn Pleegzorg en volgt de ontwikkeling van ieder pleegkind.",
    criteria: [
      "Ieder pleegkind heeft een actueel hulpverleningsplan met concrete doelen.",
      "De ontwikkeling van het pleegkind wordt vastgelegd volgens de Richtlijn Pleegzorg.",
      "Het plan wordt minstens eenmaal per jaar geëvalueerd met het kind, de pleegouders en de ouders.",
    ],
  },
  {
    code: "PZ-4",
    title: "Het pleegkind alleen spreken",
    description:
      "De pleegzorgwerker spreekt ieder pleegkind regelmatig zonder dat de pleegouders erbij zijn, zodat het kind vrijuit kan vertellen hoe het gaat.",
    criteria: [
      "Ieder pleegkind wordt minstens drie keer per jaar gesproken zonder dat de pleegouders aanwezig zijn.",
      "Waar dat (nog) niet kan, is er een plan om dat te bereiken en een alternatieve manier om onafhankelijk zicht te houden op de veiligheid van het kind.",
      "De gesprekken en wat eruit komt, zijn vastgelegd in het dossier.",
    ],
  },
  {
    code: "PZ-5",
    title: "Gedragswetenschappelijke betrokkenheid",
    description: "Een gedragswetenschapper is betrokken bij de belangrijke beslissingen over het pleegkind.",
    criteria: [
      "Een gedragswetenschapper stemt in met de plaatsing, het hulpverleningsplan en de evaluatie ervan.",
      "Bij signalen van onveiligheid wordt binnen twee werkdagen een gedragswetenschapper betrokken.",
      "De betrokkenheid van de gedragswetenschapper is zichtbaar in het dossier.",
    ],
  },
  {
    code: "PZ-6",
    title: "Dossiervorming",
    description: "Het dossier van ieder pleegkind is actueel, volledig en overzichtelijk.",
    criteria: [
      "Het dossier bevat de actuele plannen, taxaties, verslagen en afspraken.",
      "Verslagen van contacten worden binnen tien werkdagen vastgelegd.",
      "Een vervangende pleegzorgwerker kan uit het dossier snel opmaken hoe het met het kind gaat.",
    ],
  },
  {
    code: "PZ-7",
    title: "Samenwerking met ketenpartners",
    description:
      "De pleegzorgaanbieder werkt samen met gemeenten, gecertificeerde instellingen en andere betrokken hulpverleners.",
    criteria: [
      "Afspraken over rollen en verantwoordelijkheden met de gecertificeerde instelling zijn vastgelegd.",
      "Informatie over de veiligheid van het kind wordt tijdig gedeeld met de jeugdbeschermer.",
      "Er is periodiek overleg met de gemeenten in de regio.",
    ],
  },
  {
    code: "PZ-8",
    title: "Deskundigheid en werkdruk van medewerkers",
    description:
      "Medewerkers zijn deskundig en hebben een werklast waarbij zij het werk goed kunnen doen.",
    criteria: [
      "Pleegzorgwerkers zijn SKJ-geregistreerd en volgen de verplichte scholing.",
      "De caseload per pleegzorgwerker maakt de afgesproken contactmomenten haalbaar.",
      "Nieuwe medewerkers worden ingewerkt en begeleid.",
      "Werkbegeleiding en intervisie vinden structureel plaats.",
    ],
  },
  {
    code: "PZ-9",
    title: "Sturing, governance en lerend vermogen",
    description:
      "Bestuur en management sturen op de kwaliteit en veiligheid van de pleegzorg en leren van incidenten.",
    criteria: [
      "Het bestuur heeft actuele stuurinformatie over de kwaliteit en veiligheid van de pleegzorg.",
      "Incidenten en calamiteiten worden geanalyseerd en de verbetermaatregelen worden gevolgd.",
      "De raad van toezicht houdt actief toezicht op de verbetering.",
    ],
  },
];

const normId = (code: NormCode): string => `norm-${code.toLowerCase()}`;

const MEASURE_TYPES = [
  { id: "amt-aanwijzing", code: "AANWIJZING", nameNl: "Aanwijzing", nameEn: "Instruction order" },
  { id: "amt-last-onder-dwangsom", code: "LAST_ONDER_DWANGSOM", nameNl: "Last onder dwangsom", nameEn: "Order subject to penalty" },
  { id: "amt-bevel", code: "BEVEL", nameNl: "Bevel", nameEn: "Order" },
] as const;

const LEGAL_BASIS = "Jeugdwet, hoofdstuk 9 (art. 9.1 en 9.2); handhavingsbeleid van de inspectie";

// ---------------------------------------------------------------------------------------
// Story-writing helpers: each trajectory is built in memory, then written table by table.
// ---------------------------------------------------------------------------------------

/** An instant at a wall-clock time in the Netherlands, so summer and winter time come out right. */
function at(date: string, time = "10:00"): Date {
  const probe = new Date(`${date}T${time}:00Z`);
  const zone = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, timeZoneName: "longOffset" })
    .formatToParts(probe)
    .find((part) => part.type === "timeZoneName")?.value;
  const offset = /GMT([+-]\d{2}:\d{2})/.exec(zone ?? "")?.[1] ?? "+00:00";
  return new Date(`${date}T${time}:00${offset}`);
}

interface Finding {
  rating: Rating;
  findings: string;
  evidence?: string;
}
type RoundFindings = Partial<Record<NormCode, Finding>>;

type MeasureStatus = "OPEN" | "IN_PROGRESS" | "MET" | "NOT_MET";
type PlanStatus = "DRAFT" | "SUBMITTED" | "ACCEPTED" | "SHARPENING_REQUESTED";
type ActionStatus = "PLANNED" | "IN_PROGRESS" | "DONE";
type ReportStatus = "REQUESTED" | "SUBMITTED" | "MORE_INFO_NEEDED" | "ACCEPTED";
type FollowUpKind = "IMPROVEMENT_PLAN" | "REPORT";

interface Rows {
  trajectories: Prisma.TrajectoryCreateManyInput[];
  members: Prisma.TrajectoryMemberCreateManyInput[];
  deadlineChanges: Prisma.DeadlineChangeCreateManyInput[];
  visits: Prisma.VisitCreateManyInput[];
  rounds: Prisma.AssessmentRoundCreateManyInput[];
  assessments: Prisma.NormAssessmentCreateManyInput[];
  revisions: Prisma.NormAssessmentRevisionCreateManyInput[];
  measures: Prisma.RequiredMeasureCreateManyInput[];
  plans: Prisma.ImprovementPlanVersionCreateManyInput[];
  planActions: Prisma.PlanActionCreateManyInput[];
  reportRequests: Prisma.ProgressReportRequestCreateManyInput[];
  reportNorms: Prisma.ProgressReportNormCreateManyInput[];
  submissions: Prisma.ProgressReportSubmissionCreateManyInput[];
  entries: Prisma.ProgressEntryCreateManyInput[];
  draftReports: Prisma.DraftReportCreateManyInput[];
  proposals: Prisma.ClosureProposalCreateManyInput[];
  coAuthors: Prisma.ClosureProposalCoAuthorCreateManyInput[];
  decisions: Prisma.ClosureDecisionCreateManyInput[];
  adminMeasures: Prisma.AdministrativeMeasureCreateManyInput[];
  followUps: Prisma.FollowUpObligationCreateManyInput[];
  audit: Prisma.AuditEventCreateManyInput[];
}

function emptyRows(): Rows {
  return {
    trajectories: [],
    members: [],
    deadlineChanges: [],
    visits: [],
    rounds: [],
    assessments: [],
    revisions: [],
    measures: [],
    plans: [],
    planActions: [],
    reportRequests: [],
    reportNorms: [],
    submissions: [],
    entries: [],
    draftReports: [],
    proposals: [],
    coAuthors: [],
    decisions: [],
    adminMeasures: [],
    followUps: [],
    audit: [],
  };
}

interface TrajectorySpec {
  reference: string;
  organisationId: string;
  reason: string;
  leadInspectorId: string;
  memberIds: string[];
  startDate: string;
  durationMonths: number;
  createdAt: Date;
}

interface RoundSpec {
  key: string;
  kind: "BASELINE" | "INTERIM" | "FINAL";
  title: string;
  date: string;
  authorId: string;
  evidence: string;
  visitId?: string;
  publishedAt?: Date;
}

interface PlanActionSpec {
  norm?: NormCode;
  measureId?: string;
  description: string;
  owner: string;
  dueDate: string;
  status: ActionStatus;
  progress?: string;
}

interface PlanSpec {
  status: PlanStatus;
  summary: string;
  dueDate: string;
  /** Who started this version (the organisation keeps its own plan). */
  authorId: string;
  createdAt: Date;
  submittedAt?: Date;
  submittedById?: string;
  reviewedAt?: Date;
  reviewedById?: string;
  reviewComment?: string;
  followUpId?: string;
}

interface DraftReportSpec {
  title: string;
  findings: string;
  responseDueDate: string;
  sharedAt: Date;
  sharedById: string;
  response?: string;
  respondedAt?: Date;
  respondedById?: string;
}

interface ReportSpec {
  key: string;
  title: string;
  instructions: string;
  dueDate: string;
  status: ReportStatus;
  requestedById: string;
  createdAt: Date;
  norms: readonly NormCode[];
  followUpId?: string;
  submission?: {
    summary: string;
    submittedAt: Date;
    submittedById: string;
    reviewedAt: Date;
    reviewedById: string;
    reviewComment: string;
    progress: Partial<Record<NormCode, string>>;
  };
}

interface ProposalSpec {
  key: string;
  outcome: "LIFT" | "EXTEND" | "ESCALATE";
  rationale: string;
  rounds: readonly RoundFindings[];
  status: "PENDING" | "RETURNED" | "APPROVED" | "WITHDRAWN";
  proposedById: string;
  coAuthorIds?: string[];
  createdAt: Date;
  newDeadline?: string;
  measureTypeId?: string;
  measureDetails?: string;
  followUps?: { title: string; dueDate: string; kind: FollowUpKind }[];
}

/**
 * baseline = the first round's rating, latest = the rating in the newest round that
 * assessed the norm: what the proposal form generates from the assessments.
 */
function normSummary(rounds: readonly RoundFindings[]): string {
  return JSON.stringify(
    NORMS.map(({ code, title }) => ({
      code,
      title,
      baseline: rounds[0]?.[code]?.rating ?? null,
      latest: [...rounds].reverse().find((round) => round[code])?.[code]?.rating ?? null,
    })),
  );
}

/** Writes one trajectory's history into `rows`, with an audit event for every step. */
class TrajectoryStory {
  private readonly trajectory: Prisma.TrajectoryCreateManyInput;

  constructor(
    private readonly rows: Rows,
    readonly id: string,
    private readonly slug: string,
    spec: TrajectorySpec,
  ) {
    this.trajectory = {
      id,
      reference: spec.reference,
      organisationId: spec.organisationId,
      frameworkVersionId: FRAMEWORK_VERSION.id,
      reason: spec.reason,
      legalBasis: LEGAL_BASIS,
      leadInspectorId: spec.leadInspectorId,
      startDate: spec.startDate,
      durationMonths: spec.durationMonths,
      deadline: supervisionDeadline(spec.startDate, spec.durationMonths),
      status: "ACTIVE",
      createdAt: spec.createdAt,
      updatedAt: spec.createdAt,
    };
    rows.trajectories.push(this.trajectory);
    for (const userId of spec.memberIds) rows.members.push({ trajectoryId: id, userId });
    const { reference, status, startDate, durationMonths, deadline } = this.trajectory;
    this.log(spec.leadInspectorId, "trajectory.created", "Trajectory", id, spec.createdAt, {
      reference,
      status,
      startDate,
      durationMonths,
      deadline,
      memberIds: spec.memberIds,
    });
  }

  log(actorId: string, action: string, entity: string, entityId: string, createdAt: Date, after?: unknown, before?: unknown): void {
    this.rows.audit.push({
      trajectoryId: this.id,
      actorId,
      action,
      entity,
      entityId,
      before: before === undefined ? null : JSON.stringify(before),
      after: after === undefined ? null : JSON.stringify(after),
      createdAt,
    });
  }

  /** Moves the trajectory through the lifecycle; an illegal step is a bug in the story. */
  transition(to: TrajectoryStatus, actorId: string, when: Date): void {
    const from = this.trajectory.status as TrajectoryStatus;
    if (!canTransition(from, to)) throw new Error(`${this.id}: ${from} → ${to} is not a lifecycle step`);
    this.trajectory.status = to;
    this.trajectory.updatedAt = when;
    this.log(actorId, "trajectory.status_changed", "Trajectory", this.id, when, { status: to }, { status: from });
  }

  extendDeadline(newDeadline: string, reason: string, changedById: string, when: Date): void {
    const previousDeadline = this.trajectory.deadline;
    this.trajectory.deadline = newDeadline;
    this.trajectory.updatedAt = when;
    const id = `deadline-${this.slug}-${this.rows.deadlineChanges.filter((c) => c.trajectoryId === this.id).length + 1}`;
    this.rows.deadlineChanges.push({ id, trajectoryId: this.id, previousDeadline, newDeadline, reason, changedById, createdAt: when });
    this.log(changedById, "trajectory.deadline_changed", "Trajectory", this.id, when, { deadline: newDeadline }, { deadline: previousDeadline });
  }

  visit(date: string, announced: boolean, participants: string, notes: string, createdById: string): string {
    const id = `visit-${this.slug}-${date}`;
    const createdAt = at(date, "17:00");
    this.rows.visits.push({ id, trajectoryId: this.id, date, announced, participants, notes, createdById, createdAt });
    this.log(createdById, "visit.recorded", "Visit", id, createdAt, { date, announced });
    return id;
  }

  /** One round with an assessment (and its first revision) for every norm in `findings`. */
  round(spec: RoundSpec, findings: RoundFindings): RoundFindings {
    const id = `round-${this.slug}-${spec.key}`;
    const createdAt = at(spec.date, "09:00");
    this.rows.rounds.push({
      id,
      trajectoryId: this.id,
      kind: spec.kind,
      title: spec.title,
      date: spec.date,
      visitId: spec.visitId ?? null,
      publishedAt: spec.publishedAt ?? null,
      createdById: spec.authorId,
      createdAt,
    });
    this.log(spec.authorId, "round.created", "AssessmentRound", id, createdAt, { kind: spec.kind, title: spec.title, date: spec.date });
    for (const code of NORM_CODES) {
      const finding = findings[code];
      if (finding) {
        this.assess(id, code, finding.rating, finding.findings, finding.evidence ?? spec.evidence, spec.authorId, at(spec.date, "14:00"));
      }
    }
    if (spec.publishedAt) this.log(spec.authorId, "round.published", "AssessmentRound", id, spec.publishedAt, { publishedAt: spec.publishedAt });
    return findings;
  }

  assess(roundId: string, code: NormCode, rating: Rating, findings: string, evidence: string, authorId: string, when: Date): string {
    const id = `assess-${roundId.slice("round-".length)}-${code.toLowerCase()}`;
    this.rows.assessments.push({ id, roundId, normId: normId(code), rating, findings, evidence, version: 1, updatedAt: when });
    this.rows.revisions.push({ id: `${id}-r1`, assessmentId: id, revision: 1, rating, findings, evidence, authorId, createdAt: when });
    this.log(authorId, "assessment.revised", "NormAssessment", id, when, { norm: code, rating, version: 1 });
    return id;
  }

  /** Appends a revision and moves the head to it, as the assessment form does. */
  revise(assessmentId: string, change: Required<Finding>, authorId: string, when: Date): void {
    const head = this.rows.assessments.find((a) => a.id === assessmentId);
    if (!head) throw new Error(`No assessment ${assessmentId}`);
    const before = { rating: head.rating, version: head.version };
    const revision = head.version + 1;
    Object.assign(head, { ...change, version: revision, updatedAt: when });
    this.rows.revisions.push({ id: `${assessmentId}-r${revision}`, assessmentId, revision, ...change, authorId, createdAt: when });
    this.log(authorId, "assessment.revised", "NormAssessment", assessmentId, when, { rating: change.rating, version: revision }, before);
  }

  /** A required measure, created with the round that found the shortfall; `status` is where it stands now. */
  measure(code: NormCode, description: string, dueDate: string, status: MeasureStatus, createdById: string, createdAt: Date, updatedAt = createdAt): string {
    const id = `measure-${this.slug}-${code.toLowerCase()}`;
    const changed = status !== "OPEN";
    this.rows.measures.push({
      id,
      trajectoryId: this.id,
      normId: normId(code),
      description,
      dueDate,
      status,
      version: changed ? 2 : 1,
      createdById,
      createdAt,
      updatedAt,
    });
    this.log(createdById, "measure.created", "RequiredMeasure", id, createdAt, { norm: code, dueDate, status: "OPEN" });
    if (changed) this.log(createdById, "measure.updated", "RequiredMeasure", id, updatedAt, { status }, { status: "OPEN" });
    return id;
  }

  plan(number: number, spec: PlanSpec, actions: readonly PlanActionSpec[]): string {
    const id = `plan-${this.slug}-${number}`;
    const { authorId, ...plan } = spec;
    this.rows.plans.push({ id, trajectoryId: this.id, number, ...plan });
    actions.forEach((action, index) =>
      this.rows.planActions.push({
        id: `${id}-action-${index + 1}`,
        planVersionId: id,
        normId: action.norm ? normId(action.norm) : null,
        measureId: action.measureId ?? null,
        description: action.description,
        owner: action.owner,
        dueDate: action.dueDate,
        status: action.status,
        progress: action.progress ?? "",
        order: index + 1,
      }),
    );
    this.log(authorId, "plan.created", "ImprovementPlanVersion", id, spec.createdAt, { number, status: "DRAFT" });
    if (spec.submittedAt && spec.submittedById) {
      this.log(spec.submittedById, "plan.submitted", "ImprovementPlanVersion", id, spec.submittedAt, { status: "SUBMITTED" }, { status: "DRAFT" });
    }
    if (spec.reviewedAt && spec.reviewedById) {
      this.log(spec.reviewedById, "plan.reviewed", "ImprovementPlanVersion", id, spec.reviewedAt, { status: spec.status }, { status: "SUBMITTED" });
    }
    return id;
  }

  report(spec: ReportSpec): string {
    const id = `report-${this.slug}-${spec.key}`;
    this.rows.reportRequests.push({
      id,
      trajectoryId: this.id,
      title: spec.title,
      instructions: spec.instructions,
      dueDate: spec.dueDate,
      status: spec.status,
      requestedById: spec.requestedById,
      followUpId: spec.followUpId ?? null,
      createdAt: spec.createdAt,
    });
    for (const code of spec.norms) this.rows.reportNorms.push({ requestId: id, normId: normId(code) });
    this.log(spec.requestedById, "report.requested", "ProgressReportRequest", id, spec.createdAt, {
      title: spec.title,
      dueDate: spec.dueDate,
      norms: spec.norms,
    });

    const sub = spec.submission;
    if (sub) {
      const submissionId = `${id}-submission-1`;
      this.rows.submissions.push({
        id: submissionId,
        requestId: id,
        number: 1,
        status: "SUBMITTED",
        summary: sub.summary,
        submittedAt: sub.submittedAt,
        submittedById: sub.submittedById,
        reviewOutcome: "ACCEPTED",
        reviewComment: sub.reviewComment,
        reviewedAt: sub.reviewedAt,
        reviewedById: sub.reviewedById,
        createdAt: sub.submittedAt,
      });
      for (const code of spec.norms) {
        const progress = sub.progress[code];
        if (!progress) throw new Error(`${submissionId}: no progress for ${code}, which is in scope`);
        this.rows.entries.push({ submissionId, normId: normId(code), progress });
      }
      this.log(sub.submittedById, "report.submitted", "ProgressReportSubmission", submissionId, sub.submittedAt, { number: 1 });
      this.log(sub.reviewedById, "report.reviewed", "ProgressReportSubmission", submissionId, sub.reviewedAt, { reviewOutcome: "ACCEPTED" });
    }
    return id;
  }

  draftReport(spec: DraftReportSpec): void {
    const id = `draft-${this.slug}-${this.rows.draftReports.filter((d) => d.trajectoryId === this.id).length + 1}`;
    this.rows.draftReports.push({ id, trajectoryId: this.id, ...spec });
    this.log(spec.sharedById, "draftReport.shared", "DraftReport", id, spec.sharedAt, { title: spec.title, responseDueDate: spec.responseDueDate });
    if (spec.respondedAt && spec.respondedById) {
      this.log(spec.respondedById, "draftReport.responded", "DraftReport", id, spec.respondedAt, { responded: true });
    }
  }

  /** A closure proposal; the trajectory moves to "closure proposed" with it. */
  proposal(spec: ProposalSpec): string {
    const id = `proposal-${this.slug}-${spec.key}`;
    this.rows.proposals.push({
      id,
      trajectoryId: this.id,
      outcome: spec.outcome,
      rationale: spec.rationale,
      normSummary: normSummary(spec.rounds),
      newDeadline: spec.newDeadline ?? null,
      measureTypeId: spec.measureTypeId ?? null,
      measureDetails: spec.measureDetails ?? null,
      followUps: JSON.stringify(spec.followUps ?? []),
      status: spec.status,
      proposedById: spec.proposedById,
      createdAt: spec.createdAt,
      updatedAt: spec.createdAt,
    });
    for (const userId of spec.coAuthorIds ?? []) this.rows.coAuthors.push({ proposalId: id, userId });
    this.log(spec.proposedById, "proposal.created", "ClosureProposal", id, spec.createdAt, { outcome: spec.outcome, status: "PENDING" });
    this.transition("CLOSURE_PROPOSED", spec.proposedById, spec.createdAt);
    return id;
  }

  /** An approving decision by a manager: the proposal is approved and the trajectory moves on. */
  approve(
    proposalId: string,
    spec: { decidedById: string; decisionDate: string; decidedAt: Date; comment: string; publicSummary?: string; publishedAt?: Date },
    to: TrajectoryStatus,
  ): string {
    const id = proposalId.replace(/^proposal-/, "decision-");
    this.rows.decisions.push({
      id,
      proposalId,
      decision: "APPROVED",
      comment: spec.comment,
      decidedById: spec.decidedById,
      decisionDate: spec.decisionDate,
      decidedAt: spec.decidedAt,
      publicSummary: spec.publicSummary ?? null,
      publishedAt: spec.publishedAt ?? null,
    });
    const proposal = this.rows.proposals.find((p) => p.id === proposalId);
    if (proposal) proposal.updatedAt = spec.decidedAt;
    this.log(spec.decidedById, "decision.approved", "ClosureDecision", id, spec.decidedAt, { proposalId, decisionDate: spec.decisionDate });
    this.transition(to, spec.decidedById, spec.decidedAt);
    if (spec.publishedAt) this.log(spec.decidedById, "decision.published", "ClosureDecision", id, spec.publishedAt, { publishedAt: spec.publishedAt });
    return id;
  }

  followUp(key: string, kind: FollowUpKind, title: string, dueDate: string, decisionId: string, actorId: string, createdAt: Date): string {
    const id = `followup-${this.slug}-${key}`;
    this.rows.followUps.push({ id, trajectoryId: this.id, kind, title, dueDate, status: "OPEN", decisionId, createdAt });
    this.log(actorId, "followUp.created", "FollowUpObligation", id, createdAt, { kind, title, dueDate });
    return id;
  }

  adminMeasure(key: string, typeId: string, description: string, imposedOn: string, dueDate: string, decisionId: string, actorId: string): void {
    const id = `admin-${this.slug}-${key}`;
    const createdAt = at(imposedOn, "12:00");
    this.rows.adminMeasures.push({ id, trajectoryId: this.id, typeId, description, imposedOn, dueDate, status: "IN_FORCE", decisionId, createdAt });
    this.log(actorId, "adminMeasure.imposed", "AdministrativeMeasure", id, createdAt, { typeId, imposedOn, dueDate });
  }
}

// ---------------------------------------------------------------------------------------
// Enver (the model case): baseline 30 April 2025, lifted 9 March 2026, follow-up open.
// ---------------------------------------------------------------------------------------

const ENVER_BASELINE: RoundFindings = {
  "PZ-1": {
    rating: "DOES_NOT_MEET",
    findings:
      "Enver heeft niet van ieder pleegkind actueel zicht op de veiligheid. In een groot deel van de onderzochte dossiers ontbreekt een recente veiligheidstaxatie. Signalen over mogelijke onveiligheid worden niet altijd binnen de afgesproken termijn opgepakt.",
  },
  "PZ-2": {
    rating: "DOES_NOT_MEET",
    findings:
      "De screening van pleeggezinnen was niet in alle gevallen afgerond voordat een kind werd geplaatst. Bij crisisplaatsingen zijn de matchingsoverwegingen achteraf vaak niet vastgelegd.",
  },
  "PZ-3": {
    rating: "DOES_NOT_MEET",
    findings:
      "De ontwikkeling van pleegkinderen wordt niet vastgelegd volgens de Richtlijn Pleegzorg. Hulpverleningsplannen zijn in veel dossiers verouderd en de doelen worden niet periodiek geëvalueerd met kind, pleegouders en ouders.",
  },
  "PZ-4": {
    rating: "DOES_NOT_MEET",
    findings:
      "Pleegkinderen worden niet minstens drie keer per jaar gesproken zonder dat de pleegouders erbij zijn. Veel kinderen zijn het afgelopen jaar niet of maar één keer alleen gesproken. Een plan of een andere manier om onafhankelijk zicht te houden op hun veiligheid ontbreekt.",
  },
  "PZ-5": {
    rating: "DOES_NOT_MEET",
    findings:
      "De gedragswetenschapper is niet structureel betrokken bij plaatsing en evaluatie. In een deel van de dossiers ontbreekt de instemming van een gedragswetenschapper met het hulpverleningsplan.",
  },
  "PZ-6": {
    rating: "DOES_NOT_MEET",
    findings:
      "Dossiers zijn onvolledig en niet actueel. Verslagen van contacten worden vaak pas weken later vastgelegd en taxaties en plannen zijn lastig te vinden, zodat een vervangende pleegzorgwerker niet snel ziet hoe het met een kind gaat.",
  },
  "PZ-7": {
    rating: "LARGELY_MEETS",
    findings:
      "De samenwerking met gecertificeerde instellingen en gemeenten is grotendeels op orde; rollen en verantwoordelijkheden zijn vastgelegd. Informatie over veiligheid wordt niet in alle gevallen tijdig met de jeugdbeschermer gedeeld.",
    evidence: "Interviews met twee gecertificeerde instellingen en drie gemeenten; samenwerkingsafspraken",
  },
  "PZ-8": {
    rating: "DOES_NOT_MEET",
    findings:
      "Hoog verloop en openstaande vacatures leiden tot een caseload waarbij de afgesproken contactmomenten niet haalbaar zijn. Nieuwe medewerkers worden onvoldoende ingewerkt en werkbegeleiding vindt niet structureel plaats.",
    evidence: "Interviews met pleegzorgwerkers en teamleiders; personeelsgegevens 2024",
  },
  "PZ-9": {
    rating: "DOES_NOT_MEET",
    findings:
      "Het bestuur heeft geen betrouwbare stuurinformatie over de kwaliteit en veiligheid van de pleegzorg. Verbetermaatregelen na eerdere incidenten zijn niet gevolgd op hun effect.",
    evidence: "Interviews met bestuur en raad van toezicht; kwaliteitsrapportages 2024",
  },
};

const ENVER_INTERIM: RoundFindings = {
  "PZ-1": {
    rating: "PARTLY_MEETS",
    findings:
      "Voor de meeste pleegkinderen is inmiddels een actuele veiligheidstaxatie gedaan. Bij crisisplaatsingen ontbreekt die nog vaak.",
  },
  "PZ-3": {
    rating: "PARTLY_MEETS",
    findings:
      "Enver gebruikt sinds september een format om de ontwikkeling vast te leggen volgens de Richtlijn Pleegzorg. In ongeveer de helft van de steekproefdossiers is het al gebruikt.",
  },
  "PZ-4": {
    rating: "PARTLY_MEETS",
    findings:
      "Duidelijk meer pleegkinderen zijn zonder pleegouders gesproken. Voor kinderen bij wie dat nog niet lukt, is niet altijd een plan of alternatief vastgelegd.",
  },
  "PZ-6": {
    rating: "PARTLY_MEETS",
    findings:
      "Nieuwe verslagen worden grotendeels binnen tien werkdagen vastgelegd. Oudere dossiers zijn nog niet allemaal opgeschoond en aangevuld.",
  },
};

const ENVER_FINAL: RoundFindings = {
  "PZ-1": {
    rating: "LARGELY_MEETS",
    findings:
      "Van vrijwel alle pleegkinderen is een actuele veiligheidstaxatie aanwezig, ook na crisisplaatsingen, en signalen worden binnen de termijn opgepakt. De herhaling van de taxatie na zes maanden is nog niet overal vanzelfsprekend.",
  },
  "PZ-2": {
    rating: "MEETS",
    findings:
      "Alle pleeggezinnen in de steekproef waren volledig gescreend, inclusief VOG's, voordat een kind werd geplaatst. De matchingsoverwegingen zijn vastgelegd.",
  },
  "PZ-3": {
    rating: "LARGELY_MEETS",
    findings:
      "De ontwikkeling van de pleegkinderen wordt in ruime meerderheid vastgelegd volgens de Richtlijn Pleegzorg en plannen worden geëvalueerd. Bij een klein deel ontbreekt de inbreng van de ouders.",
  },
  "PZ-4": {
    rating: "LARGELY_MEETS",
    findings:
      "Vrijwel alle pleegkinderen zijn het afgelopen halfjaar zonder pleegouders gesproken; Enver ligt op koers voor drie keer per jaar. Waar dat (nog) niet kan, is een plan en een alternatief vastgelegd, zoals gesprekken op school.",
  },
  "PZ-5": {
    rating: "MEETS",
    findings:
      "Een gedragswetenschapper stemt aantoonbaar in met plaatsing, plan en evaluatie. Bij signalen van onveiligheid wordt de gedragswetenschapper direct betrokken.",
  },
  "PZ-6": {
    rating: "LARGELY_MEETS",
    findings:
      "De dossiers zijn actueel en overzichtelijk ingericht; verslagen worden binnen tien werkdagen vastgelegd. In enkele oudere dossiers ontbreken nog stukken van vóór 2025.",
  },
  "PZ-7": {
    rating: "MEETS",
    findings:
      "Informatie over veiligheid wordt nu tijdig met de jeugdbeschermer gedeeld. Er is een vast overleg met de gecertificeerde instellingen in de regio.",
  },
  "PZ-8": {
    rating: "LARGELY_MEETS",
    findings:
      "De caseload is gedaald doordat vacatures zijn ingevuld en er een inwerkprogramma is. Werkbegeleiding en intervisie zijn structureel ingeroosterd; de werkdruk blijft een aandachtspunt.",
  },
  "PZ-9": {
    rating: "LARGELY_MEETS",
    findings:
      "Het bestuur stuurt op een maandelijkse kwaliteitsrapportage over onder meer het alleen spreken en de actualiteit van dossiers. Incidentanalyses leiden tot gevolgde verbetermaatregelen en de raad van toezicht is actief betrokken.",
  },
};

function enver(rows: Rows): void {
  const t = new TrajectoryStory(rows, "traj-enver", "enver", {
    reference: "VT-2025-001",
    organisationId: "org-enver",
    reason:
      "Na een ernstig incident heeft de inspectie de pleegzorg van Enver getoetst aan het toetsingskader Pleegzorg. " +
      "Enver voldeed aan acht van de negen normen niet. Enver begeleidt ongeveer 1.300 pleegkinderen in ongeveer 900 pleeggezinnen; " +
      "de inspectie heeft onvoldoende zicht op de veiligheid en ontwikkeling van deze kinderen.",
    leadInspectorId: USER.sanne,
    memberIds: [USER.joris],
    startDate: "2025-04-30",
    durationMonths: 9,
    createdAt: at("2025-04-30", "09:00"),
  });

  t.round(
    {
      key: "baseline",
      kind: "BASELINE",
      title: "Nulmeting",
      date: "2025-04-30",
      authorId: USER.sanne,
      evidence: "Dossieronderzoek 40 dossiers; interviews met pleegzorgwerkers, gedragswetenschappers, management en bestuur",
      publishedAt: at("2025-05-14", "10:00"),
    },
    ENVER_BASELINE,
  );

  const created = at("2025-04-30", "15:00");
  const met = at("2026-02-16", "10:00");
  const measureDevelopment = t.measure(
    "PZ-3",
    "Leg de ontwikkeling van ieder pleegkind vast volgens de Richtlijn Pleegzorg.",
    "2026-01-31",
    "MET",
    USER.sanne,
    created,
    met,
  );
  const measureSpeakAlone = t.measure(
    "PZ-4",
    "Spreek ieder pleegkind minstens drie keer per jaar zonder dat de pleegouders erbij zijn. Waar dat nog niet kan: leg een plan vast om dat te bereiken en een andere manier om onafhankelijk zicht te houden op de veiligheid van het kind.",
    "2026-01-31",
    "MET",
    USER.sanne,
    created,
    met,
  );
  const measureFiles = t.measure(
    "PZ-6",
    "Zorg dat de dossiers van alle pleegkinderen overzichtelijk en actueel zijn.",
    "2026-01-31",
    "MET",
    USER.sanne,
    created,
    met,
  );

  const planOneActions: PlanActionSpec[] = [
    {
      norm: "PZ-3",
      measureId: measureDevelopment,
      description: "Format 'Ontwikkeling in beeld' volgens de Richtlijn Pleegzorg invoeren en alle pleegzorgwerkers erin trainen",
      owner: "Manager pleegzorg",
      dueDate: "2025-09-30",
      status: "DONE",
      progress: "Format per 1 september 2025 verplicht; alle teams zijn getraind.",
    },
    {
      norm: "PZ-3",
      measureId: measureDevelopment,
      description: "De ontwikkeling van ieder pleegkind vastleggen bij de eerstvolgende evaluatie van het hulpverleningsplan",
      owner: "Teamleiders pleegzorg",
      dueDate: "2026-01-31",
      status: "DONE",
      progress: "Eind januari 2026 bij vrijwel alle pleegkinderen vastgelegd; de laatste evaluaties zijn in februari ingepland.",
    },
    {
      norm: "PZ-4",
      measureId: measureSpeakAlone,
      description: "Ieder pleegkind minstens drie keer per jaar alleen spreken; de planning per pleegzorgwerker bijhouden in de monitor",
      owner: "Teamleiders pleegzorg",
      dueDate: "2025-12-31",
      status: "DONE",
      progress: "De monitor wordt wekelijks in het teamoverleg besproken.",
    },
    {
      norm: "PZ-4",
      measureId: measureSpeakAlone,
      description: "Voor kinderen die (nog) niet alleen gesproken kunnen worden een plan en een alternatief vastleggen, bijvoorbeeld via school of mentor",
      owner: "Gedragswetenschappers",
      dueDate: "2025-10-31",
      status: "DONE",
      progress: "Voor alle betrokken kinderen is een plan vastgelegd.",
    },
    {
      norm: "PZ-6",
      measureId: measureFiles,
      description: "Dossiers opschonen en aanvullen volgens een vaste indeling; verslagen binnen tien werkdagen vastleggen",
      owner: "Kwaliteitsfunctionaris",
      dueDate: "2026-01-31",
      status: "DONE",
      progress: "Interne audit januari 2026: nieuwe verslagen tijdig; enkele oudere dossiers nog niet compleet.",
    },
  ];
  t.plan(
    1,
    {
      status: "ACCEPTED",
      authorId: USER.lotte,
      summary:
        "Verbeterplan naar aanleiding van het rapport van 14 mei 2025: drie sporen (ontwikkeling vastleggen, kinderen alleen spreken, dossiers op orde) met een wekelijkse voortgangsmonitor voor het bestuur.",
      dueDate: "2025-05-31",
      submittedAt: at("2025-05-28", "16:00"),
      submittedById: USER.lotte,
      reviewedAt: at("2025-06-06", "11:00"),
      reviewedById: USER.sanne,
      reviewComment: "Het plan dekt de drie verbetermaatregelen. De inspectie volgt de uitvoering via voortgangsrapportages en bezoeken.",
      createdAt: at("2025-05-19", "09:30"),
    },
    planOneActions,
  );

  t.visit(
    "2025-07-08",
    true,
    "Sanne de Vries en Joris Bakker (inspectie); bestuurder, manager pleegzorg, twee teamleiders en een gedragswetenschapper (Enver)",
    "Voortgang besproken aan de hand van het verbeterplan. Het format voor het vastleggen van de ontwikkeling volgens de Richtlijn Pleegzorg is klaar; de training start in augustus. Zorgpunt: het alleen spreken van kinderen komt langzaam op gang door vacatures.",
    USER.sanne,
  );

  t.report({
    key: "1",
    title: "Voortgangsrapportage 1",
    instructions:
      "Beschrijf per norm welke maatregelen u heeft genomen, wat het effect is en hoe u dat meet. Voeg waar mogelijk cijfers uit uw eigen monitor toe.",
    dueDate: "2025-08-31",
    status: "ACCEPTED",
    requestedById: USER.sanne,
    createdAt: at("2025-06-06", "11:30"),
    norms: ["PZ-1", "PZ-3", "PZ-4", "PZ-6"],
    submission: {
      summary: "Eerste voortgangsrapportage van Enver over juni tot en met augustus 2025.",
      submittedAt: at("2025-08-28", "15:30"),
      submittedById: USER.lotte,
      reviewedAt: at("2025-09-10", "10:00"),
      reviewedById: USER.sanne,
      reviewComment:
        "De rapportage geeft per norm een helder beeld. De eerste verbeteringen zijn zichtbaar; het alleen spreken en de oudere dossiers blijven aandachtspunten.",
      progress: {
        "PZ-1":
          "Alle teams hebben een lijst van pleegkinderen zonder actuele veiligheidstaxatie. Tot eind augustus is voor ruim twee derde van hen een nieuwe taxatie gedaan; de rest volgt in september.",
        "PZ-3":
          "Het format 'Ontwikkeling in beeld' volgens de Richtlijn Pleegzorg is vastgesteld. De training van pleegzorgwerkers loopt; vanaf 1 september is het format verplicht bij iedere evaluatie.",
        "PZ-4":
          "Iedere pleegzorgwerker heeft een jaarplanning voor het alleen spreken van de kinderen in de eigen caseload. Voor kinderen bij wie dat nog niet lukt, werken we aan een plan en een alternatief via school of mentor.",
        "PZ-6":
          "Er is een vaste dossierindeling. Nieuwe verslagen worden binnen tien werkdagen vastgelegd; het opschonen van bestaande dossiers is per team ingepland tot eind januari 2026.",
      },
    },
  });

  const unannounced = t.visit(
    "2025-10-14",
    false,
    "Sanne de Vries en Joris Bakker (inspectie); teamleider en zes pleegzorgwerkers van team Rotterdam-Zuid (Enver)",
    "Onaangekondigd bezoek aan team Rotterdam-Zuid. Steekproef van 20 dossiers bekeken en gesproken met zes pleegzorgwerkers. Zichtbare verbetering bij het alleen spreken en de veiligheidstaxaties; oudere dossiers zijn nog niet op orde.",
    USER.sanne,
  );
  t.round(
    {
      key: "interim",
      kind: "INTERIM",
      title: "Tussentijdse beoordeling (onaangekondigd bezoek)",
      date: "2025-10-14",
      authorId: USER.sanne,
      evidence: "Onaangekondigd bezoek 14 oktober 2025; steekproef 20 dossiers; gesprekken met pleegzorgwerkers",
      visitId: unannounced,
      publishedAt: at("2025-10-28", "10:00"),
    },
    ENVER_INTERIM,
  );

  t.report({
    key: "2",
    title: "Voortgangsrapportage 2",
    instructions:
      "Beschrijf per norm de stand van zaken, met cijfers uit uw monitor over veiligheidstaxaties, het alleen spreken van kinderen en de actualiteit van dossiers.",
    dueDate: "2025-12-15",
    status: "ACCEPTED",
    requestedById: USER.sanne,
    createdAt: at("2025-10-28", "10:30"),
    norms: ["PZ-1", "PZ-2", "PZ-3", "PZ-4", "PZ-5", "PZ-6", "PZ-8", "PZ-9"],
    submission: {
      summary: "Tweede voortgangsrapportage van Enver over september tot en met november 2025.",
      submittedAt: at("2025-12-12", "14:00"),
      submittedById: USER.lotte,
      reviewedAt: at("2026-01-09", "10:00"),
      reviewedById: USER.sanne,
      reviewComment:
        "Geaccepteerd. De cijfers uit de monitor sluiten aan op wat de inspectie tijdens het onaangekondigde bezoek zag. De eindbeoordeling volgt na het bezoek in januari.",
      progress: {
        "PZ-1":
          "Van vrijwel alle pleegkinderen is nu een actuele veiligheidstaxatie aanwezig, ook na crisisplaatsingen. Signalen van onveiligheid worden dagelijks in het teamoverleg besproken.",
        "PZ-2":
          "Alle lopende screenings zijn afgerond; sinds september wordt geen kind geplaatst zonder afgeronde screening. Bij crisisplaatsingen leggen we de matchingsoverwegingen binnen vijf werkdagen vast.",
        "PZ-3":
          "Het format wordt bij iedere evaluatie gebruikt. Eind november was de ontwikkeling van het grootste deel van de pleegkinderen vastgelegd volgens de Richtlijn Pleegzorg.",
        "PZ-4":
          "De monitor laat zien dat vrijwel alle kinderen het afgelopen halfjaar ten minste twee keer zonder pleegouders zijn gesproken. Voor de overige kinderen is een plan en een alternatief vastgelegd.",
        "PZ-5":
          "Een gedragswetenschapper neemt deel aan ieder plaatsings- en evaluatieoverleg en tekent voor akkoord in het dossier.",
        "PZ-6":
          "De meeste dossiers zijn opgeschoond en volgens de vaste indeling ingericht. Een interne audit in november liet zien dat verslagen in de regel binnen tien werkdagen worden vastgelegd.",
        "PZ-8":
          "De meeste vacatures zijn ingevuld en nieuwe medewerkers volgen een inwerkprogramma van drie maanden. De gemiddelde caseload is gedaald.",
        "PZ-9":
          "Het bestuur ontvangt maandelijks een kwaliteitsrapportage over veiligheidstaxaties, het alleen spreken en de actualiteit van dossiers. De raad van toezicht bespreekt de voortgang in iedere vergadering.",
      },
    },
  });

  t.visit(
    "2026-01-20",
    true,
    "Sanne de Vries en Joris Bakker (inspectie); bestuurder, lid raad van toezicht, manager pleegzorg en kwaliteitsfunctionaris (Enver); gesprekken met pleegzorgwerkers en pleegouders",
    "Eindbezoek. Gesprekken met bestuur, raad van toezicht, pleegzorgwerkers en pleegouders. Dossieronderzoek van 40 dossiers voor de eindbeoordeling.",
    USER.sanne,
  );

  const published = at("2026-02-16", "10:00");
  t.round(
    {
      key: "final",
      kind: "FINAL",
      title: "Eindbeoordeling",
      date: "2026-02-12",
      authorId: USER.sanne,
      evidence: "Aangekondigd bezoek 20 januari 2026; dossieronderzoek 40 dossiers; voortgangsrapportages augustus en december 2025",
      publishedAt: published,
    },
    ENVER_FINAL,
  );
  // A second revision shows on screen that assessments are appended to, never overwritten.
  t.revise(
    "assess-enver-final-pz-8",
    {
      rating: "LARGELY_MEETS",
      findings: `${ENVER_FINAL["PZ-8"]?.findings ?? ""} Aanvulling: de personeelscijfers over het vierde kwartaal van 2025 bevestigen de daling van de caseload.`,
      evidence: "Aangekondigd bezoek 20 januari 2026; dossieronderzoek 40 dossiers; personeelscijfers vierde kwartaal 2025",
    },
    USER.joris,
    at("2026-02-13", "11:15"),
  );

  t.draftReport({
    title: "Conceptrapport eindbeoordeling verscherpt toezicht Enver",
    findings:
      "De inspectie heeft in januari en februari 2026 beoordeeld of Enver de vereiste verbeteringen heeft doorgevoerd. De acht normen waaraan Enver bij de start niet voldeed, laten een (substantiële) verbetering zien: twee normen voldoen en zes voldoen grotendeels. De norm over samenwerking met ketenpartners voldoet. Aandachtspunten zijn de herhaling van de veiligheidstaxatie, de inbreng van ouders bij evaluaties, de aanvulling van oudere dossiers en de werkdruk van pleegzorgwerkers.",
    responseDueDate: "2026-03-02",
    sharedAt: published,
    sharedById: USER.sanne,
    response:
      "Enver herkent zich in de bevindingen en is blij dat de inspectie de verbeteringen ziet. Wij nemen alle aandachtspunten op in een aangescherpt verbeterplan. Feitelijke aanvulling: de werving van pleegzorgwerkers loopt door, zodat de caseload verder daalt.",
    respondedAt: at("2026-02-27", "14:00"),
    respondedById: USER.lotte,
  });

  const followUps = [
    { key: "plan", kind: "IMPROVEMENT_PLAN", title: "Aangescherpt verbeterplan met alle aandachtspunten uit het rapport", dueDate: "2026-05-01" },
    { key: "report", kind: "REPORT", title: "Rapportage na de zomer van 2026", dueDate: "2026-09-30" },
  ] as const;
  const proposal = t.proposal({
    key: "lift",
    outcome: "LIFT",
    rationale:
      "De acht normen waaraan Enver bij de start niet voldeed, laten een (substantiële) verbetering zien: twee voldoen en zes voldoen grotendeels. De norm over samenwerking met ketenpartners voldoet. De drie verbetermaatregelen zijn gerealiseerd. Het verscherpt toezicht kan worden opgeheven. Enver moet het verbeterplan aanscherpen met alle aandachtspunten uit het rapport en na de zomer van 2026 rapporteren; afhankelijk daarvan bepaalt de inspectie of verdere stappen nodig zijn.",
    rounds: [ENVER_BASELINE, ENVER_INTERIM, ENVER_FINAL],
    status: "APPROVED",
    proposedById: USER.sanne,
    coAuthorIds: [USER.joris],
    createdAt: at("2026-02-20", "16:00"),
    followUps: followUps.map(({ title, dueDate, kind }) => ({ title, dueDate, kind })),
  });

  const decidedAt = at("2026-03-09", "11:00");
  const decision = t.approve(
    proposal,
    {
      decidedById: USER.mirjam,
      decisionDate: "2026-03-09",
      decidedAt,
      comment:
        "Akkoord. De onderbouwing sluit aan op de eindbeoordeling en op de zienswijze van Enver. Nazorg: een aangescherpt verbeterplan uiterlijk 1 mei 2026 en een rapportage na de zomer.",
      publicSummary:
        "De Inspectie Gezondheidszorg en Jeugd heeft het verscherpt toezicht op Enver (pleegzorg, Rotterdam) opgeheven. " +
        "Het verscherpt toezicht liep van 30 april 2025 tot 9 maart 2026. Bij de start voldeed Enver aan acht van de negen normen van het toetsingskader Pleegzorg niet. " +
        "Bij de eindbeoordeling lieten die acht normen een (substantiële) verbetering zien. " +
        "De inspectie vraagt Enver het verbeterplan aan te scherpen met alle aandachtspunten uit het rapport en verwacht na de zomer van 2026 een rapportage. " +
        "Wat daarna volgt, hangt af van die rapportage. Besluit: verscherpt toezicht opgeheven op 9 maart 2026.",
      publishedAt: at("2026-03-09", "15:00"),
    },
    "LIFTED",
  );
  const [planFollowUp, reportFollowUp] = followUps.map((f) =>
    t.followUp(f.key, f.kind, f.title, f.dueDate, decision, USER.mirjam, decidedAt),
  );
  t.transition("FOLLOW_UP", USER.mirjam, decidedAt);

  t.report({
    key: "3",
    title: "Rapportage na de zomer van 2026",
    instructions:
      "Beschrijf per norm hoe u de verbeteringen heeft geborgd en hoe u de aandachtspunten uit het rapport heeft opgepakt. Op basis van deze rapportage bepaalt de inspectie of verdere stappen nodig zijn.",
    dueDate: "2026-09-30",
    status: "REQUESTED",
    requestedById: USER.sanne,
    createdAt: at("2026-03-10", "09:30"),
    norms: NORM_CODES,
    followUpId: reportFollowUp,
  });

  t.plan(
    2,
    {
      status: "DRAFT",
      authorId: USER.lotte,
      summary:
        "Aangescherpt verbeterplan met alle aandachtspunten uit het rapport van februari 2026 (in bewerking): borging van de drie verbetermaatregelen en nieuwe acties voor de aandachtspunten.",
      dueDate: "2026-05-01",
      followUpId: planFollowUp,
      createdAt: at("2026-03-16", "09:00"),
    },
    [
      // A new version starts as a copy of the last one, done actions included.
      ...planOneActions,
      {
        norm: "PZ-1",
        description: "De herhaling van de veiligheidstaxatie na zes maanden automatisch inplannen",
        owner: "Manager pleegzorg",
        dueDate: "2026-06-30",
        status: "PLANNED",
      },
      {
        norm: "PZ-3",
        description: "De inbreng van ouders vastleggen bij iedere evaluatie van het hulpverleningsplan",
        owner: "Teamleiders pleegzorg",
        dueDate: "2026-06-30",
        status: "IN_PROGRESS",
        progress: "Werkinstructie in concept.",
      },
      {
        norm: "PZ-6",
        description: "Oudere dossiers (van vóór 2025) aanvullen",
        owner: "Kwaliteitsfunctionaris",
        dueDate: "2026-09-30",
        status: "IN_PROGRESS",
        progress: "Twee van de veertien teams zijn klaar.",
      },
      {
        norm: "PZ-8",
        description: "De caseload per pleegzorgwerker maandelijks opnemen in de bestuursrapportage",
        owner: "Bestuurder",
        dueDate: "2026-06-30",
        status: "PLANNED",
      },
    ],
  );
}

// ---------------------------------------------------------------------------------------
// Stichting Horizon Pleegzorg (illustrative): active, a progress report overdue.
// ---------------------------------------------------------------------------------------

const HORIZON_BASELINE: RoundFindings = {
  "PZ-1": {
    rating: "DOES_NOT_MEET",
    findings: "Bij 9 van de 25 dossiers ontbreekt een veiligheidstaxatie bij de plaatsing. Meldingen van pleegouders over onveilige situaties zijn niet systematisch beoordeeld.",
  },
  "PZ-2": {
    rating: "DOES_NOT_MEET",
    findings: "Bij zes plaatsingen was de screening van het pleeggezin niet afgerond; voor meerdere volwassen gezinsleden ontbrak een VOG.",
  },
  "PZ-3": {
    rating: "PARTLY_MEETS",
    findings: "Hulpverleningsplannen zijn aanwezig, maar de doelen zijn algemeen. De ontwikkeling van het kind wordt wisselend vastgelegd.",
  },
  "PZ-4": {
    rating: "PARTLY_MEETS",
    findings: "Ongeveer de helft van de pleegkinderen is het afgelopen jaar minstens drie keer alleen gesproken. Voor de andere helft ontbreekt een plan.",
  },
  "PZ-5": {
    rating: "DOES_NOT_MEET",
    findings: "Er is één gedragswetenschapper voor de hele organisatie; bij plaatsingsbeslissingen is die in de regel niet betrokken.",
  },
  "PZ-6": {
    rating: "PARTLY_MEETS",
    findings: "Dossiers zijn overzichtelijk ingedeeld, maar verslagen worden vaak te laat vastgelegd.",
  },
  "PZ-7": {
    rating: "LARGELY_MEETS",
    findings: "De samenwerking met de gecertificeerde instelling is goed; afspraken met gemeenten zijn vastgelegd.",
  },
  "PZ-8": {
    rating: "DOES_NOT_MEET",
    findings: "Een derde van de pleegzorgwerkers is niet SKJ-geregistreerd en er is geen inwerkprogramma.",
  },
  "PZ-9": {
    rating: "DOES_NOT_MEET",
    findings: "Het bestuur heeft geen stuurinformatie over de veiligheid van pleegkinderen en incidenten worden niet geanalyseerd.",
  },
};

function horizon(rows: Rows): void {
  const t = new TrajectoryStory(rows, "traj-horizon", "horizon", {
    reference: "VT-2026-001",
    organisationId: "org-horizon",
    reason:
      "Na meldingen van pleegouders en een jeugdbeschermer over onveilige situaties heeft de inspectie de pleegzorg van Stichting Horizon Pleegzorg getoetst aan het toetsingskader Pleegzorg. " +
      "Horizon voldeed aan vijf van de negen normen niet. Horizon begeleidt ongeveer 240 pleegkinderen.",
    leadInspectorId: USER.joris,
    memberIds: [],
    startDate: "2026-03-02",
    durationMonths: 9,
    createdAt: at("2026-03-02", "09:00"),
  });
  t.round(
    {
      key: "baseline",
      kind: "BASELINE",
      title: "Nulmeting",
      date: "2026-03-02",
      authorId: USER.joris,
      evidence: "Dossieronderzoek 25 dossiers; interviews met pleegzorgwerkers, gedragswetenschapper en bestuur",
      publishedAt: at("2026-03-16", "10:00"),
    },
    HORIZON_BASELINE,
  );
  const created = at("2026-03-02", "15:00");
  t.measure(
    "PZ-1",
    "Taxeer bij iedere plaatsing de veiligheid van het pleegkind en herhaal de taxatie minstens elk half jaar.",
    "2026-12-31",
    "IN_PROGRESS",
    USER.joris,
    created,
    at("2026-06-10", "17:00"),
  );
  t.measure(
    "PZ-2",
    "Rond de screening van ieder pleeggezin af voordat een kind wordt geplaatst, met een VOG voor alle volwassen gezinsleden.",
    "2026-06-30",
    "MET",
    USER.joris,
    created,
    at("2026-07-01", "10:00"),
  );
  t.visit(
    "2026-06-10",
    true,
    "Joris Bakker (inspectie); bestuurder, manager pleegzorg en gedragswetenschapper (Horizon)",
    "Voortgangsbezoek. Horizon heeft een tweede gedragswetenschapper aangenomen en de achterstand in screenings weggewerkt. Het bestuur heeft nog geen stuurinformatie over veiligheid; dat blijft een zorgpunt.",
    USER.joris,
  );
  t.report({
    key: "1",
    title: "Voortgangsrapportage 1",
    instructions:
      "Beschrijf per norm welke maatregelen u heeft genomen en wat het effect is. Geef voor de veiligheidstaxaties en de SKJ-registratie de stand per 1 oktober 2026.",
    dueDate: "2026-10-15",
    status: "REQUESTED",
    requestedById: USER.joris,
    createdAt: at("2026-06-15", "10:00"),
    norms: ["PZ-1", "PZ-2", "PZ-5", "PZ-8", "PZ-9"],
  });
}

// ---------------------------------------------------------------------------------------
// Jeugdhulp De Linde (illustrative): extended once, now a lift proposal awaits a decision.
// ---------------------------------------------------------------------------------------

const DE_LINDE_BASELINE: RoundFindings = {
  "PZ-1": {
    rating: "DOES_NOT_MEET",
    findings: "Na de calamiteit bleek dat signalen van school de pleegzorgwerker niet bereikten. Veiligheidstaxaties worden niet herhaald.",
  },
  "PZ-2": { rating: "PARTLY_MEETS", findings: "De screening is op orde, maar de matching wordt niet onderbouwd vastgelegd." },
  "PZ-3": {
    rating: "DOES_NOT_MEET",
    findings: "De ontwikkeling van pleegkinderen wordt niet vastgelegd volgens de Richtlijn Pleegzorg; evaluaties zijn in veel dossiers meer dan een jaar oud.",
  },
  "PZ-4": { rating: "DOES_NOT_MEET", findings: "Kinderen worden vrijwel alleen gesproken als de pleegouders erbij zijn." },
  "PZ-5": { rating: "LARGELY_MEETS", findings: "Een gedragswetenschapper is betrokken bij plaatsing en plan, maar niet altijd bij de evaluatie." },
  "PZ-6": { rating: "DOES_NOT_MEET", findings: "Dossiers staan verspreid over twee systemen en zijn niet actueel." },
  "PZ-7": { rating: "MEETS", findings: "De samenwerking met gemeenten en de gecertificeerde instelling is goed geregeld." },
  "PZ-8": { rating: "DOES_NOT_MEET", findings: "Door langdurige vacatures hebben pleegzorgwerkers een caseload ruim boven de norm." },
  "PZ-9": { rating: "DOES_NOT_MEET", findings: "Het management stuurt niet op kwaliteit; de calamiteit is niet geanalyseerd." },
};

const DE_LINDE_INTERIM: RoundFindings = {
  "PZ-1": { rating: "PARTLY_MEETS", findings: "Signalen van school komen nu via een vast meldpunt binnen. De herhaling van de taxatie is nog niet geborgd." },
  "PZ-3": { rating: "PARTLY_MEETS", findings: "Het format volgens de Richtlijn Pleegzorg is ingevoerd, maar wordt nog in een minderheid van de dossiers gebruikt." },
  "PZ-4": { rating: "DOES_NOT_MEET", findings: "Het alleen spreken van kinderen is door het personeelstekort nauwelijks op gang gekomen." },
  "PZ-6": { rating: "PARTLY_MEETS", findings: "De dossiers zijn overgezet naar één systeem; het actualiseren loopt." },
  "PZ-8": { rating: "DOES_NOT_MEET", findings: "De vacatures zijn nog niet ingevuld; de caseload is onveranderd hoog." },
};

const DE_LINDE_FINAL: RoundFindings = {
  "PZ-1": { rating: "LARGELY_MEETS", findings: "Signalen komen tijdig binnen en worden beoordeeld; taxaties worden halfjaarlijks herhaald." },
  "PZ-2": { rating: "LARGELY_MEETS", findings: "De matchingsoverwegingen zijn in vrijwel alle dossiers vastgelegd." },
  "PZ-3": { rating: "LARGELY_MEETS", findings: "De ontwikkeling wordt in de meeste dossiers vastgelegd volgens de Richtlijn Pleegzorg." },
  "PZ-4": { rating: "LARGELY_MEETS", findings: "Vrijwel alle kinderen zijn dit jaar minstens drie keer zonder pleegouders gesproken." },
  "PZ-5": { rating: "MEETS", findings: "De gedragswetenschapper is aantoonbaar betrokken bij plaatsing, plan en evaluatie." },
  "PZ-6": { rating: "MEETS", findings: "De dossiers zijn actueel en staan in één systeem." },
  "PZ-7": { rating: "MEETS", findings: "De samenwerking is onverminderd goed." },
  "PZ-8": {
    rating: "PARTLY_MEETS",
    findings: "De meeste vacatures zijn ingevuld, maar de caseload ligt nog boven de norm. De werkdruk blijft een risico.",
  },
  "PZ-9": {
    rating: "LARGELY_MEETS",
    findings: "Het management stuurt op een kwartaalrapportage over kwaliteit; de calamiteit is geanalyseerd en de maatregelen worden gevolgd.",
  },
};

function deLinde(rows: Rows): void {
  const t = new TrajectoryStory(rows, "traj-de-linde", "de-linde", {
    reference: "VT-2025-003",
    organisationId: "org-de-linde",
    reason:
      "Na een calamiteitenmelding over een pleegkind en signalen over personeelstekorten heeft de inspectie de pleegzorg van Jeugdhulp De Linde getoetst aan het toetsingskader Pleegzorg. " +
      "De Linde voldeed aan zes van de negen normen niet.",
    leadInspectorId: USER.joris,
    memberIds: [USER.sanne],
    startDate: "2025-09-15",
    durationMonths: 6,
    createdAt: at("2025-09-15", "09:00"),
  });
  t.round(
    {
      key: "baseline",
      kind: "BASELINE",
      title: "Nulmeting",
      date: "2025-09-15",
      authorId: USER.joris,
      evidence: "Dossieronderzoek 20 dossiers; interviews met pleegzorgwerkers, gedragswetenschapper en management",
      publishedAt: at("2025-09-29", "10:00"),
    },
    DE_LINDE_BASELINE,
  );
  const created = at("2025-09-15", "15:00");
  t.measure(
    "PZ-4",
    "Spreek ieder pleegkind minstens drie keer per jaar zonder dat de pleegouders erbij zijn.",
    "2026-11-30",
    "MET",
    USER.joris,
    created,
    at("2026-10-27", "10:00"),
  );
  t.measure(
    "PZ-8",
    "Breng de caseload per pleegzorgwerker terug tot een niveau waarop de afgesproken contactmomenten haalbaar zijn.",
    "2026-11-30",
    "IN_PROGRESS",
    USER.joris,
    created,
    at("2026-03-24", "12:00"),
  );
  const interim = t.round(
    {
      key: "interim",
      kind: "INTERIM",
      title: "Tussentijdse beoordeling",
      date: "2026-03-05",
      authorId: USER.joris,
      evidence: "Steekproef 10 dossiers; gesprekken met management en twee pleegzorgwerkers",
      publishedAt: at("2026-03-09", "10:00"),
    },
    DE_LINDE_INTERIM,
  );
  const extend = t.proposal({
    key: "extend",
    outcome: "EXTEND",
    rationale:
      "De Linde verbetert op veiligheid, planmatig werken en dossiers, maar het alleen spreken van kinderen en de werkdruk zijn door personeelskrapte nog niet op orde. Er is een geloofwaardig wervingsplan. Verlenging tot eind november 2026 geeft tijd om de verbeteringen te realiseren en te borgen.",
    rounds: [DE_LINDE_BASELINE, interim],
    status: "APPROVED",
    proposedById: USER.joris,
    createdAt: at("2026-03-10", "15:00"),
    newDeadline: "2026-11-30",
  });
  const extendedAt = at("2026-03-24", "11:00");
  t.approve(
    extend,
    {
      decidedById: USER.mirjam,
      decisionDate: "2026-03-24",
      decidedAt: extendedAt,
      comment: "Akkoord met verlenging tot 30 november 2026. Blijft het alleen spreken achter, dan volgt escalatie.",
    },
    "EXTENDED",
  );
  t.extendDeadline("2026-11-30", "Verlengd bij besluit van 24 maart 2026 op het afsluitvoorstel van 10 maart 2026.", USER.mirjam, extendedAt);

  const finalVisit = t.visit(
    "2026-10-20",
    true,
    "Joris Bakker en Sanne de Vries (inspectie); directeur, teamleider pleegzorg en gedragswetenschapper (De Linde)",
    "Eindbezoek. Dossieronderzoek en gesprekken met pleegzorgwerkers en pleegouders. Het alleen spreken van kinderen is nu vast onderdeel van de werkwijze; de caseload is gedaald maar nog niet op het afgesproken niveau.",
    USER.joris,
  );
  const final = t.round(
    {
      key: "final",
      kind: "FINAL",
      title: "Eindbeoordeling",
      date: "2026-10-20",
      authorId: USER.joris,
      evidence: "Aangekondigd bezoek 20 oktober 2026; dossieronderzoek 20 dossiers",
      visitId: finalVisit,
      publishedAt: at("2026-10-27", "10:00"),
    },
    DE_LINDE_FINAL,
  );
  t.proposal({
    key: "lift",
    outcome: "LIFT",
    rationale:
      "Acht van de negen normen voldoen of voldoen grotendeels; het alleen spreken van kinderen is op orde. De werkdruk (PZ-8) voldoet deels en blijft een aandachtspunt, waarover De Linde in maart 2027 rapporteert. Opheffen van het verscherpt toezicht is verantwoord.",
    rounds: [DE_LINDE_BASELINE, interim, final],
    status: "PENDING",
    proposedById: USER.joris,
    createdAt: at("2026-11-02", "14:00"),
    followUps: [{ title: "Rapportage over werkdruk en caseload", dueDate: "2027-03-31", kind: "REPORT" }],
  });
}

// ---------------------------------------------------------------------------------------
// Pleegzorg Kustregio (illustrative): too little improvement, escalated to an instruction order.
// ---------------------------------------------------------------------------------------

const KUSTREGIO_BASELINE: RoundFindings = {
  "PZ-1": { rating: "DOES_NOT_MEET", findings: "Van een groot deel van de pleegkinderen is de veiligheid niet getaxeerd." },
  "PZ-2": { rating: "DOES_NOT_MEET", findings: "Kinderen worden in pleeggezinnen geplaatst voordat de screening is afgerond." },
  "PZ-3": { rating: "DOES_NOT_MEET", findings: "Hulpverleningsplannen ontbreken of zijn verouderd; de ontwikkeling wordt niet vastgelegd." },
  "PZ-4": { rating: "DOES_NOT_MEET", findings: "Pleegkinderen worden niet zonder pleegouders gesproken." },
  "PZ-5": { rating: "PARTLY_MEETS", findings: "Een gedragswetenschapper is betrokken bij plaatsingen, maar niet bij evaluaties." },
  "PZ-6": { rating: "DOES_NOT_MEET", findings: "Dossiers zijn onvolledig; verslagen van contacten ontbreken." },
  "PZ-7": { rating: "LARGELY_MEETS", findings: "Afspraken met de gecertificeerde instelling zijn vastgelegd en worden nageleefd." },
  "PZ-8": { rating: "DOES_NOT_MEET", findings: "Het team is onderbezet en nieuwe medewerkers worden niet ingewerkt." },
  "PZ-9": { rating: "DOES_NOT_MEET", findings: "Het bestuur heeft geen verbeterplan vastgesteld en ontvangt geen stuurinformatie." },
};

const KUSTREGIO_FINAL: RoundFindings = {
  "PZ-1": { rating: "PARTLY_MEETS", findings: "Voor ongeveer de helft van de pleegkinderen is inmiddels een veiligheidstaxatie gedaan." },
  "PZ-2": { rating: "PARTLY_MEETS", findings: "Nieuwe plaatsingen volgen pas na screening; lopende plaatsingen zijn niet alsnog gescreend." },
  "PZ-3": { rating: "DOES_NOT_MEET", findings: "De ontwikkeling van pleegkinderen wordt nog steeds niet vastgelegd." },
  "PZ-4": { rating: "DOES_NOT_MEET", findings: "Slechts enkele kinderen zijn zonder pleegouders gesproken en er is geen plan." },
  "PZ-5": { rating: "PARTLY_MEETS", findings: "Ongewijzigd: bij evaluaties is geen gedragswetenschapper betrokken." },
  "PZ-6": { rating: "DOES_NOT_MEET", findings: "De dossiers zijn niet aangevuld." },
  "PZ-7": { rating: "LARGELY_MEETS", findings: "Ongewijzigd: de samenwerking met de gecertificeerde instelling is op orde." },
  "PZ-8": { rating: "DOES_NOT_MEET", findings: "Het team is nog steeds onderbezet." },
  "PZ-9": { rating: "DOES_NOT_MEET", findings: "Het bestuur stuurt onvoldoende op verbetering; afspraken uit het verbeterplan zijn niet nagekomen." },
};

const AANWIJZING_DETAILS =
  "Aanwijzing op grond van artikel 9.2 van de Jeugdwet: Pleegzorg Kustregio zorgt er binnen zes maanden voor dat (1) de ontwikkeling van ieder pleegkind wordt vastgelegd volgens de Richtlijn Pleegzorg, (2) ieder pleegkind minstens drie keer per jaar zonder pleegouders wordt gesproken en (3) de dossiers actueel en volledig zijn.";

function kustregio(rows: Rows, aanwijzingTypeId: string): void {
  const t = new TrajectoryStory(rows, "traj-kustregio", "kustregio", {
    reference: "VT-2025-002",
    organisationId: "org-kustregio",
    reason:
      "Naar aanleiding van het thematisch toezicht op de veiligheid van pleegkinderen heeft de inspectie de pleegzorg van Pleegzorg Kustregio getoetst aan het toetsingskader Pleegzorg. " +
      "Kustregio voldeed aan zeven van de negen normen niet.",
    leadInspectorId: USER.sanne,
    memberIds: [USER.joris],
    startDate: "2025-06-01",
    durationMonths: 6,
    // Opened the week before the supervision period starts, on the inspection's findings.
    createdAt: at("2025-05-28", "09:00"),
  });
  t.round(
    {
      key: "baseline",
      kind: "BASELINE",
      title: "Nulmeting",
      date: "2025-05-28",
      authorId: USER.sanne,
      evidence: "Dossieronderzoek 20 dossiers; interviews met pleegzorgwerkers en bestuur",
      publishedAt: at("2025-06-11", "10:00"),
    },
    KUSTREGIO_BASELINE,
  );
  const created = at("2025-05-28", "15:00");
  const notMet = at("2026-01-22", "10:00");
  t.measure("PZ-3", "Leg de ontwikkeling van ieder pleegkind vast volgens de Richtlijn Pleegzorg.", "2025-12-31", "NOT_MET", USER.sanne, created, notMet);
  t.measure("PZ-4", "Spreek ieder pleegkind minstens drie keer per jaar zonder dat de pleegouders erbij zijn.", "2025-12-31", "NOT_MET", USER.sanne, created, notMet);
  t.visit(
    "2025-10-07",
    true,
    "Sanne de Vries (inspectie); bestuurder en teamleider pleegzorg (Kustregio)",
    "Voortgangsgesprek. Het verbeterplan is pas in september vastgesteld en de uitvoering komt traag op gang. De inspectie heeft benadrukt dat de termijn eind december 2025 afloopt.",
    USER.sanne,
  );
  const final = t.round(
    {
      key: "final",
      kind: "FINAL",
      title: "Eindbeoordeling",
      date: "2026-01-15",
      authorId: USER.sanne,
      evidence: "Dossieronderzoek 20 dossiers; gesprekken met bestuur en pleegzorgwerkers",
      publishedAt: at("2026-01-22", "10:00"),
    },
    KUSTREGIO_FINAL,
  );
  const proposal = t.proposal({
    key: "escalate",
    outcome: "ESCALATE",
    rationale:
      "Na zeven maanden verscherpt toezicht voldoet Kustregio aan vijf normen niet en aan drie normen deels. De verbetermaatregelen voor het vastleggen van de ontwikkeling en het alleen spreken van kinderen zijn niet gehaald. Verlenging biedt onvoldoende perspectief; de inspectie stelt een aanwijzing voor.",
    rounds: [KUSTREGIO_BASELINE, final],
    status: "APPROVED",
    proposedById: USER.sanne,
    createdAt: at("2026-01-26", "14:00"),
    measureTypeId: aanwijzingTypeId,
    measureDetails: AANWIJZING_DETAILS,
  });
  const decision = t.approve(
    proposal,
    {
      decidedById: USER.mirjam,
      decisionDate: "2026-02-10",
      decidedAt: at("2026-02-10", "11:00"),
      comment: "Akkoord met escalatie. Een aanwijzing is proportioneel nu de verbetering bij de kernnormen uitblijft.",
    },
    "ESCALATED",
  );
  t.adminMeasure("aanwijzing", aanwijzingTypeId, AANWIJZING_DETAILS, "2026-02-10", "2026-08-10", decision, USER.mirjam);
  t.visit(
    "2026-09-03",
    false,
    "Sanne de Vries en Joris Bakker (inspectie); teamleider en pleegzorgwerkers (Kustregio)",
    "Onaangekondigd bezoek om de naleving van de aanwijzing te controleren. Het alleen spreken van kinderen is verbeterd; de ontwikkeling wordt nog niet bij alle kinderen vastgelegd. Het oordeel over de naleving volgt.",
    USER.sanne,
  );
}

// ---------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------

const TRAJECTORY_IDS = ["traj-enver", "traj-horizon", "traj-de-linde", "traj-kustregio"] as const;

async function idsPresent(find: (ids: string[]) => Promise<{ id: string }[]>, ids: readonly string[]): Promise<Set<string>> {
  return new Set((await find([...ids])).map((row) => row.id));
}

async function seedReferenceData(tx: Tx): Promise<void> {
  const orgs = await idsPresent((ids) => tx.organisation.findMany({ where: { id: { in: ids } }, select: { id: true } }), DEMO_ORGANISATIONS.map((o) => o.id));
  const newOrgs = DEMO_ORGANISATIONS.filter((o) => !orgs.has(o.id));
  if (newOrgs.length) await tx.organisation.createMany({ data: newOrgs.map((o) => ({ ...o, createdAt: new Date("2024-01-01T00:00:00Z") })) });

  const users = await idsPresent((ids) => tx.user.findMany({ where: { id: { in: ids } }, select: { id: true } }), DEMO_ACCOUNTS.map((u) => u.id));
  const newUsers = DEMO_ACCOUNTS.filter((u) => !users.has(u.id));
  if (newUsers.length) {
    // scrypt is deliberately slow: hash once and share it, and only when someone is missing.
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await tx.user.createMany({
      data: newUsers.map(({ id, email, name, role, organisationId }) => ({ id, email, name, role, organisationId, passwordHash })),
    });
  }

  await tx.framework.upsert({ where: { id: FRAMEWORK.id }, update: {}, create: { ...FRAMEWORK, createdAt: FRAMEWORK_VERSION.createdAt } });
  await tx.frameworkVersion.upsert({ where: { id: FRAMEWORK_VERSION.id }, update: {}, create: FRAMEWORK_VERSION });
  const norms = await idsPresent((ids) => tx.norm.findMany({ where: { id: { in: ids } }, select: { id: true } }), NORMS.map((n) => normId(n.code)));
  const newNorms = NORMS.map((n, index) => ({
    id: normId(n.code),
    frameworkVersionId: FRAMEWORK_VERSION.id,
    code: n.code,
    title: n.title,
    description: n.description,
    criteria: n.criteria.join("\n"),
    order: index + 1,
  })).filter((n) => !norms.has(n.id));
  if (newNorms.length) await tx.norm.createMany({ data: newNorms });
}

/** Measure types are looked up by code: an administrator may have created one before the seed ran. */
async function seedMeasureTypes(tx: Tx): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const type of MEASURE_TYPES) {
    const row = await tx.administrativeMeasureType.upsert({ where: { code: type.code }, update: {}, create: type, select: { id: true } });
    ids.set(type.code, row.id);
  }
  return ids;
}

/** Parents before children, so foreign keys hold at every insert. */
async function writeRows(tx: Tx, rows: Rows): Promise<void> {
  const byTime = (a: { createdAt?: Date | string | null }, b: { createdAt?: Date | string | null }) =>
    new Date(a.createdAt ?? 0).getTime() - new Date(b.createdAt ?? 0).getTime();
  if (rows.trajectories.length) await tx.trajectory.createMany({ data: rows.trajectories });
  if (rows.members.length) await tx.trajectoryMember.createMany({ data: rows.members });
  if (rows.deadlineChanges.length) await tx.deadlineChange.createMany({ data: rows.deadlineChanges });
  if (rows.visits.length) await tx.visit.createMany({ data: rows.visits });
  if (rows.rounds.length) await tx.assessmentRound.createMany({ data: rows.rounds });
  if (rows.assessments.length) await tx.normAssessment.createMany({ data: rows.assessments });
  if (rows.revisions.length) await tx.normAssessmentRevision.createMany({ data: rows.revisions });
  if (rows.measures.length) await tx.requiredMeasure.createMany({ data: rows.measures });
  if (rows.plans.length) await tx.improvementPlanVersion.createMany({ data: rows.plans });
  if (rows.planActions.length) await tx.planAction.createMany({ data: rows.planActions });
  if (rows.reportRequests.length) await tx.progressReportRequest.createMany({ data: rows.reportRequests });
  if (rows.reportNorms.length) await tx.progressReportNorm.createMany({ data: rows.reportNorms });
  if (rows.submissions.length) await tx.progressReportSubmission.createMany({ data: rows.submissions });
  if (rows.entries.length) await tx.progressEntry.createMany({ data: rows.entries });
  if (rows.draftReports.length) await tx.draftReport.createMany({ data: rows.draftReports });
  if (rows.proposals.length) await tx.closureProposal.createMany({ data: rows.proposals });
  if (rows.coAuthors.length) await tx.closureProposalCoAuthor.createMany({ data: rows.coAuthors });
  if (rows.decisions.length) await tx.closureDecision.createMany({ data: rows.decisions });
  if (rows.adminMeasures.length) await tx.administrativeMeasure.createMany({ data: rows.adminMeasures });
  if (rows.followUps.length) await tx.followUpObligation.createMany({ data: rows.followUps });
  // The audit log is read in id order, so ids must follow the story's clock.
  if (rows.audit.length) {
    // Sealed onto the chain like any event the app records (app/utils/audit-chain.server.ts).
    const head = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
    const ordered = [...rows.audit].sort(byTime).map((row) => ({
      trajectoryId: row.trajectoryId ?? null,
      actorId: row.actorId ?? null,
      action: row.action,
      entity: row.entity,
      entityId: row.entityId,
      before: row.before ?? null,
      after: row.after ?? null,
      createdAt: new Date(row.createdAt ?? 0),
    }));
    await tx.auditEvent.createMany({ data: seal(head?.hash ?? null, ordered) });
  }
}

/** Writes the whole demo in one transaction; safe to run any number of times. */
export async function seedDemo(db: PrismaClient): Promise<void> {
  await db.$transaction(
    async (tx) => {
      await seedReferenceData(tx);
      const measureTypes = await seedMeasureTypes(tx);
      const aanwijzing = measureTypes.get("AANWIJZING");
      if (!aanwijzing) throw new Error("Measure type AANWIJZING is missing");

      const present = await idsPresent((ids) => tx.trajectory.findMany({ where: { id: { in: ids } }, select: { id: true } }), TRAJECTORY_IDS);
      const stories: Record<(typeof TRAJECTORY_IDS)[number], (rows: Rows) => void> = {
        "traj-enver": enver,
        "traj-horizon": horizon,
        "traj-de-linde": deLinde,
        "traj-kustregio": (rows) => kustregio(rows, aanwijzing),
      };
      const rows = emptyRows();
      for (const id of TRAJECTORY_IDS) if (!present.has(id)) stories[id](rows);
      await writeRows(tx, rows);
    },
    // Hashing the demo password can take a moment on a slow machine.
    { timeout: 30_000 },
  );
}
