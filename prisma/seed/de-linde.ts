import { USER } from "./reference.ts";
import { at, TrajectoryStory, type RoundFindings, type Rows } from "./story.ts";

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

export function deLinde(rows: Rows): void {
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
  t.extendDeadline("2026-11-30", "2026-03-24", USER.mirjam, extendedAt);

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
