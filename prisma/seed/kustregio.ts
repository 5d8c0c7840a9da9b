import { USER } from "./reference.ts";
import { at, TrajectoryStory, type RoundFindings, type Rows } from "./story.ts";

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

export function kustregio(rows: Rows, aanwijzingTypeId: string): void {
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
  const aanwijzing = t.enforcementMeasure("aanwijzing", aanwijzingTypeId, AANWIJZING_DETAILS, "2026-02-10", "2026-08-10", decision, USER.mirjam);
  // The compliance check after the deadline is the unannounced visit below. Its finding is not
  // recorded ("het oordeel over de naleving volgt"): the check stays planned, the aanwijzing in
  // force, and nothing further on the ladder has been decided.
  const complianceVisit = "2026-09-03";
  t.plannedComplianceCheck(aanwijzing, complianceVisit, USER.sanne, at("2026-08-11", "09:00"));
  t.visit(
    complianceVisit,
    false,
    "Sanne de Vries en Joris Bakker (inspectie); teamleider en pleegzorgwerkers (Kustregio)",
    "Onaangekondigd bezoek om de naleving van de aanwijzing te controleren. Het alleen spreken van kinderen is verbeterd; de ontwikkeling wordt nog niet bij alle kinderen vastgelegd. Het oordeel over de naleving volgt.",
    USER.sanne,
  );
}
