import { SECTOR, USER, FRAMEWORK_VERSION, LEGAL_BASIS, normId, type Tx } from "./reference.ts";
import { at, type Rows } from "./story.ts";

// ---------------------------------------------------------------------------------------
// Thematisch toezicht pleegzorg 2025 (issue 15). Public fact: beside Enver's enhanced
// supervision, the inspectorate asked every foster-care provider how it keeps sight of the
// safety of foster children, selected providers on the answers and other signals, and
// published the results in the autumn. The questions, answers, scores and the twenty extra
// providers are illustrative: the providers' names say "(fictief)".
// Dates: request in March 2025, answers by the end of April, selection in May (before
// Kustregio's trajectory opened on 28 May 2025), publication in October 2025.
// ---------------------------------------------------------------------------------------

export const THEME_ID = "theme-pleegzorg-2025";

const INVENTED_PLACES = [
  "Amstelland", "Betuwe", "Drechtsteden", "Eemland", "Friesland-Noord", "Gooi", "Haaglanden", "IJssel", "Kempen", "Land van Cuijk",
  "Maasvallei", "Noordkop", "Oostergo", "Peel", "Rijnmond-Zuid", "Salland", "Twente-West", "Veluwezoom", "Westhoek", "Zaanstreek",
];

/** Twenty invented foster-care providers, clearly marked as invented by their names. */
export const INVENTED_PROVIDERS = INVENTED_PLACES.map((place, i) => ({
  id: `org-fictief-${String(i + 1).padStart(2, "0")}`,
  name: `Pleegzorg ${place} (fictief)`,
  kvkNumber: String(99_000_001 + i),
  sector: SECTOR,
  location: place.replace(/-.*/, ""),
}));

const QUESTIONS = [
  { id: "tq-pz25-1", order: 1, kind: "TEXT", normId: normId("PZ-1"), choices: "", text: "Hoe houdt u zicht op de veiligheid van ieder pleegkind?" },
  {
    id: "tq-pz25-2",
    order: 2,
    kind: "CHOICE",
    normId: normId("PZ-4"),
    choices: "Minstens drie keer per jaar\nEén tot twee keer per jaar\nMinder dan één keer per jaar",
    text: "Hoe vaak spreekt u ieder pleegkind zonder dat de pleegouders erbij zijn?",
  },
  { id: "tq-pz25-3", order: 3, kind: "YES_NO", normId: normId("PZ-3"), choices: "", text: "Legt u de ontwikkeling van ieder pleegkind vast volgens de Richtlijn Pleegzorg?" },
  { id: "tq-pz25-4", order: 4, kind: "NUMBER", normId: null, choices: "", text: "Hoeveel pleegkinderen begeleidt u op 1 maart 2025?" },
] as const;

const SPEAK = ["Minstens drie keer per jaar", "Eén tot twee keer per jaar", "Minder dan één keer per jaar"] as const;

interface Answered {
  orgId: string;
  /** 0 good … 2 poor: drives the answers and the scores. */
  concern: 0 | 1 | 2;
  children: number;
}

// The four demo organisations first (their answers fit their stories), then the invented ones.
const SUBMITTED: Answered[] = [
  { orgId: "org-enver", concern: 2, children: 1300 },
  { orgId: "org-kustregio", concern: 2, children: 410 },
  { orgId: "org-horizon", concern: 1, children: 620 },
  { orgId: "org-de-linde", concern: 1, children: 350 },
  ...INVENTED_PROVIDERS.slice(0, 15).map((o, i) => ({ orgId: o.id, concern: (i % 5 === 0 ? 1 : 0) as 0 | 1, children: 120 + 37 * i })),
];

const SAFETY_TEXT = [
  "Iedere pleegzorgwerker bezoekt het gezin minstens eens per zes weken en taxeert de veiligheid met een vast instrument; de uitkomst staat in het dossier.",
  "We taxeren de veiligheid bij plaatsing en bij signalen; een vaste frequentie hebben we nog niet.",
  "De veiligheid komt aan de orde in de gesprekken met de pleegouders; een taxatie vastleggen lukt door personeelstekort niet altijd.",
];

export function themeSeedRows(): { recipients: { id: string; orgId: string; status: string; deadline: string; submittedAt: Date | null; openedAt: Date | null }[] } {
  const deadline = "2025-04-28";
  const recipients = [
    ...SUBMITTED.map((a, i) => ({ id: `tr-pz25-${a.orgId}`, orgId: a.orgId, status: "SUBMITTED", deadline, submittedAt: at("2025-04-" + String(10 + (i % 18)).padStart(2, "0"), "14:00"), openedAt: at("2025-03-18", "09:00") })),
    // Granted more time (to 12 May) and submitted within it.
    { id: `tr-pz25-${INVENTED_PROVIDERS[15]!.id}`, orgId: INVENTED_PROVIDERS[15]!.id, status: "SUBMITTED", deadline: "2025-05-12", submittedAt: at("2025-05-09", "11:00"), openedAt: at("2025-03-20", "09:00") },
    // Asked for more time, was refused, and never submitted: a draft, late.
    { id: `tr-pz25-${INVENTED_PROVIDERS[16]!.id}`, orgId: INVENTED_PROVIDERS[16]!.id, status: "DRAFT", deadline, submittedAt: null, openedAt: at("2025-03-25", "09:00") },
    // Late in every other way: a draft, opened only, never opened.
    { id: `tr-pz25-${INVENTED_PROVIDERS[17]!.id}`, orgId: INVENTED_PROVIDERS[17]!.id, status: "DRAFT", deadline, submittedAt: null, openedAt: at("2025-04-02", "09:00") },
    { id: `tr-pz25-${INVENTED_PROVIDERS[18]!.id}`, orgId: INVENTED_PROVIDERS[18]!.id, status: "OPENED", deadline, submittedAt: null, openedAt: at("2025-04-15", "09:00") },
    { id: `tr-pz25-${INVENTED_PROVIDERS[19]!.id}`, orgId: INVENTED_PROVIDERS[19]!.id, status: "NOT_OPENED", deadline, submittedAt: null, openedAt: null },
  ];
  return { recipients };
}

/**
 * Writes the theme with its recipients, answers, scores, signals, extension requests and the
 * origin of Kustregio's trajectory, when the theme is absent. Its audit events join the demo's
 * own (written and sealed in story order by the caller).
 */
export async function seedThemePleegzorg(tx: Tx, rows: Rows): Promise<void> {
  if (await tx.theme.findUnique({ where: { id: THEME_ID }, select: { id: true } })) return;
  const present = new Set((await tx.organisation.findMany({ where: { id: { in: INVENTED_PROVIDERS.map((o) => o.id) } }, select: { id: true } })).map((o) => o.id));
  const missing = INVENTED_PROVIDERS.filter((o) => !present.has(o.id));
  if (missing.length) await tx.organisation.createMany({ data: missing.map((o) => ({ ...o, createdAt: new Date("2024-01-01T00:00:00Z") })) });

  const created = at("2025-03-03", "10:00");
  await tx.theme.create({
    data: {
      id: THEME_ID,
      title: "Thematisch toezicht pleegzorg 2025",
      purpose:
        "Zicht krijgen op hoe pleegzorgaanbieders de veiligheid van pleegkinderen bewaken, en op basis daarvan bepalen bij welke aanbieders de inspectie langsgaat of verscherpt toezicht instelt. De vragen en antwoorden in deze demo zijn illustratief.",
      legalBasis: LEGAL_BASIS,
      frameworkVersionId: FRAMEWORK_VERSION.id,
      leadInspectorId: USER.sanne,
      sector: SECTOR,
      startDate: "2025-03-01",
      endDate: "2025-12-31",
      status: "PUBLISHED",
      requestDeadline: "2025-04-28",
      sentAt: at("2025-03-17", "09:00"),
      sentById: USER.sanne,
      reportSummary:
        "De meeste pleegzorgaanbieders hebben zicht op de veiligheid van pleegkinderen, maar niet alle aanbieders spreken pleegkinderen vaak genoeg zonder pleegouders en niet alle aanbieders leggen de ontwikkeling vast volgens de Richtlijn Pleegzorg. Bij de aanbieders met de hoogste risico's is de inspectie langsgegaan; bij één aanbieder is verscherpt toezicht ingesteld. (Illustratieve samenvatting.)",
      publishedOn: "2025-10-14",
      version: 6,
      createdAt: created,
      members: { create: [{ userId: USER.joris }] },
      questions: { create: QUESTIONS.map((q) => ({ ...q })) },
    },
  });

  const { recipients } = themeSeedRows();
  await tx.themeRecipient.createMany({
    data: recipients.map((r) => ({
      id: r.id,
      themeId: THEME_ID,
      organisationId: r.orgId,
      status: r.status,
      deadline: r.deadline,
      openedAt: r.openedAt,
      submittedAt: r.submittedAt,
      selected: r.orgId === "org-kustregio" || r.orgId === "org-enver",
      createdAt: at("2025-03-17", "09:00"),
    })),
  });

  const answered: Answered[] = [...SUBMITTED, { orgId: INVENTED_PROVIDERS[15]!.id, concern: 1, children: 210 }];
  const answers = answered.flatMap((a) => [
    { recipientId: `tr-pz25-${a.orgId}`, questionId: "tq-pz25-1", value: SAFETY_TEXT[a.concern]! },
    { recipientId: `tr-pz25-${a.orgId}`, questionId: "tq-pz25-2", value: SPEAK[a.concern]! },
    { recipientId: `tr-pz25-${a.orgId}`, questionId: "tq-pz25-3", value: a.concern === 2 ? "NO" : "YES" },
    { recipientId: `tr-pz25-${a.orgId}`, questionId: "tq-pz25-4", value: String(a.children) },
  ]);
  // The drafts hold what was typed so far (the inspectorate does not see them).
  answers.push({ recipientId: `tr-pz25-${INVENTED_PROVIDERS[16]!.id}`, questionId: "tq-pz25-1", value: SAFETY_TEXT[1]! });
  answers.push({ recipientId: `tr-pz25-${INVENTED_PROVIDERS[17]!.id}`, questionId: "tq-pz25-4", value: "95" });
  await tx.themeAnswer.createMany({ data: answers });

  // Scores per question (1 low … 5 high): higher where the answers give more concern.
  await tx.themeScore.createMany({
    data: answered.flatMap((a, i) =>
      QUESTIONS.filter((q) => q.kind !== "NUMBER").map((q, j) => ({
        recipientId: `tr-pz25-${a.orgId}`,
        questionId: q.id,
        score: Math.min(5, 1 + a.concern * 2 + ((i + j) % 2)),
        scoredById: j % 2 ? USER.joris : USER.sanne,
      })),
    ),
  });
  await tx.themeRiskSignal.createMany({
    data: [
      {
        recipientId: "tr-pz25-org-kustregio",
        description: "Melding van een pleegkind dat werd geplaatst voordat de screening van het pleeggezin was afgerond (illustratief).",
        source: "Calamiteitenmelding",
        date: "2025-02-10",
        weight: 4,
        createdById: USER.sanne,
        createdAt: at("2025-05-07", "10:00"),
      },
      {
        recipientId: `tr-pz25-${INVENTED_PROVIDERS[0]!.id}`,
        description: "Klacht van pleegouders over wisselende pleegzorgwerkers (illustratief).",
        source: "Klacht via het Landelijk Meldpunt Zorg",
        date: "2025-01-20",
        weight: 2,
        createdById: USER.joris,
        createdAt: at("2025-05-07", "11:00"),
      },
    ],
  });
  await tx.themeExtension.createMany({
    data: [
      {
        recipientId: `tr-pz25-${INVENTED_PROVIDERS[15]!.id}`,
        requestedDate: "2025-05-12",
        reason: "De bestuurder die de antwoorden moet vaststellen is tot eind april afwezig.",
        status: "GRANTED",
        requestedById: USER.sanne,
        decidedById: USER.sanne,
        decidedAt: at("2025-04-23", "10:00"),
        comment: "Toegekend: twee weken.",
        createdAt: at("2025-04-22", "10:00"),
      },
      {
        recipientId: `tr-pz25-${INVENTED_PROVIDERS[16]!.id}`,
        requestedDate: "2025-06-30",
        reason: "Wij willen eerst ons dossieronderzoek afronden.",
        status: "REFUSED",
        requestedById: USER.sanne,
        decidedById: USER.joris,
        decidedAt: at("2025-04-25", "10:00"),
        comment: "Geweigerd: de vragen gaan over de huidige werkwijze, daarvoor is geen dossieronderzoek nodig.",
        createdAt: at("2025-04-24", "10:00"),
      },
    ],
  });
  // Kustregio's trajectory (opened 28 May 2025) came from the selection of 19 May.
  await tx.trajectoryOrigin.create({ data: { trajectoryId: "traj-kustregio", themeId: THEME_ID, recipientId: "tr-pz25-org-kustregio", createdById: USER.sanne, createdAt: at("2025-05-28", "09:00") } });

  const log = (action: string, when: Date, after: unknown, before?: unknown, trajectoryId: string | null = null, entity = "Theme", entityId = THEME_ID) =>
    rows.audit.push({ trajectoryId, actorId: USER.sanne, action, entity, entityId, before: before === undefined ? null : JSON.stringify(before), after: JSON.stringify(after), createdAt: when });
  log("theme.created", created, { title: "Thematisch toezicht pleegzorg 2025", sector: SECTOR });
  log("theme.request_sent", at("2025-03-17", "09:00"), { status: "REQUEST_SENT", requestDeadline: "2025-04-28", recipients: recipients.length, scope: "SECTOR" }, { status: "DRAFT" });
  log("theme.status_changed", at("2025-05-06", "09:00"), { status: "ANSWERS_CLOSED" }, { status: "REQUEST_SENT" });
  log("theme.status_changed", at("2025-05-19", "09:00"), { status: "SELECTION_MADE" }, { status: "ANSWERS_CLOSED" });
  log("trajectory.started_from_theme", at("2025-05-28", "09:00"), { themeId: THEME_ID, recipientId: "tr-pz25-org-kustregio" }, undefined, "traj-kustregio", "TrajectoryOrigin", "traj-kustregio");
  log("theme.published", at("2025-10-14", "09:00"), { status: "PUBLISHED", publishedOn: "2025-10-14" }, { status: "SELECTION_MADE" });
}
