import { NORM_CODES, USER } from "./reference.ts";
import { at, TrajectoryStory, type PlanActionSpec, type RoundFindings, type Rows } from "./story.ts";

// ---------------------------------------------------------------------------------------
// Enver (the model case): baseline 30 April 2025, lifted 9 March 2026, follow-up open.
//
// Where each fact comes from. [S] = the public sources (docs: /work/shared/DESIGN.md, "The model
// case"): the inspection against the toetsingskader Pleegzorg after a serious incident; Enver
// did not meet eight norms; Enver lacked sight of the foster children's safety; enhanced
// supervision from 30 April 2025 for 9 months, report published 14 May 2025, improvements due
// by the end of January 2026; the three required measures (development per the Richtlijn
// Pleegzorg, speaking each child alone at least three times a year or a plan and an alternative,
// clear and current files); announced and unannounced visits and progress reports; ended
// 9 March 2026 because "de acht normen" showed "(aanzienlijke) verbetering", the board's changed
// approach and an extra board member counting towards it; a sharpened plan with all points of
// attention from the report and a report after the summer of 2026, on which what follows depends.
// [I] = illustrative: the nine norms and every rating, finding, visit note, progress report, plan
// action and quotation below; the app says so on screen (FRAMEWORK_VERSION.note) and the texts
// shown as decisions and reports say "illustratief" where they mention such details.
// Not used because the sources do not say it: the number of foster children and families, the
// nine-norm count, article numbers of the Jeugdwet, a due date for the sharpened plan.
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
    // First sentence [S] (the board's changed approach and the extra board member); the rest [I].
    findings:
      "Het bestuur heeft zijn aanpak veranderd en is uitgebreid met een extra bestuurder. Het bestuur stuurt op een maandelijkse kwaliteitsrapportage over onder meer het alleen spreken en de actualiteit van dossiers. Incidentanalyses leiden tot gevolgde verbetermaatregelen en de raad van toezicht is actief betrokken.",
  },
};

export function enver(rows: Rows): void {
  const t = new TrajectoryStory(rows, "traj-enver", "enver", {
    reference: "VT-2025-001",
    organisationId: "org-enver",
    // [S] every sentence.
    reason:
      "Na een ernstig incident heeft de inspectie de pleegzorg van Enver getoetst aan het toetsingskader Pleegzorg. " +
      "Enver voldeed aan acht normen niet. Enver had onvoldoende zicht op de veiligheid van de pleegkinderen.",
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

  // [S] the three measures and their date (end of January 2026); their status "met" is [I].
  // [S] the inspection report, published 14 May 2025. Its file and address are not stored: the
  // demo does not invent where it is; the title describes it rather than quoting it.
  t.document("report-2025", {
    kind: "INSPECTION_REPORT",
    title: "Rapport van de inspectie over de pleegzorg van Enver (start verscherpt toezicht)",
    date: "2025-05-14",
    status: "PUBLISHED",
    publishedOn: "2025-05-14",
    createdById: USER.sanne,
  });

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
    // [S] the eight norms' "(aanzienlijke) verbetering" and the board; [I] what is marked so.
    findings:
      "De inspectie heeft beoordeeld of Enver de vereiste verbeteringen heeft doorgevoerd. De acht normen waaraan Enver bij de start niet voldeed, laten een (aanzienlijke) verbetering zien. Het bestuur heeft zijn aanpak veranderd en is uitgebreid met een extra bestuurder. " +
      "Illustratief (de normen en oordelen in deze demo zijn niet de echte): twee normen voldoen en zes voldoen grotendeels; aandachtspunten zijn de herhaling van de veiligheidstaxatie, de inbreng van ouders bij evaluaties, de aanvulling van oudere dossiers en de werkdruk van pleegzorgwerkers.",
    responseDueDate: "2026-03-02",
    sharedAt: published,
    sharedById: USER.sanne,
    response:
      "Enver herkent zich in de bevindingen en is blij dat de inspectie de verbeteringen ziet. Wij nemen alle aandachtspunten op in een aangescherpt verbeterplan. Feitelijke aanvulling: de werving van pleegzorgwerkers loopt door, zodat de caseload verder daalt.",
    respondedAt: at("2026-02-27", "14:00"),
    respondedById: USER.lotte,
  });

  // [S] the sharpened plan and the report after the summer. The sources give one date, "after the
  // summer" of 2026, and none for the plan; the app needs a calendar day for an obligation, so
  // both carry the end of September 2026 (this demo's reading of "after the summer"), and the plan
  // itself has no due date, so Enver is not shown in default on a date nobody set.
  const AFTER_THE_SUMMER = "2026-09-30";
  const followUps = [
    { key: "plan", kind: "IMPROVEMENT_PLAN", title: "Aangescherpt verbeterplan met alle aandachtspunten uit het rapport", dueDate: AFTER_THE_SUMMER },
    { key: "report", kind: "REPORT", title: "Rapportage na de zomer van 2026", dueDate: AFTER_THE_SUMMER },
  ] as const;
  const proposal = t.proposal({
    key: "lift",
    outcome: "LIFT",
    // [S] except the sentence marked illustrative.
    rationale:
      "De acht normen waaraan Enver bij de start niet voldeed, laten een (aanzienlijke) verbetering zien. Het bestuur heeft zijn aanpak veranderd en is uitgebreid met een extra bestuurder; ook dat weegt mee. " +
      "Illustratief (de normen en oordelen in deze demo zijn niet de echte): twee normen voldoen en zes voldoen grotendeels. " +
      "Het verscherpt toezicht kan worden opgeheven. Enver moet het verbeterplan aanscherpen met alle aandachtspunten uit het rapport en na de zomer van 2026 rapporteren; afhankelijk daarvan bepaalt de inspectie of verdere stappen nodig zijn.",
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
        "Akkoord. De onderbouwing sluit aan op de eindbeoordeling en op de zienswijze van Enver. Nazorg: een aangescherpt verbeterplan met alle aandachtspunten uit het rapport en een rapportage na de zomer van 2026.",
      // [S] every sentence.
      publicSummary:
        "De Inspectie Gezondheidszorg en Jeugd heeft het verscherpt toezicht op Enver (pleegzorg, Rotterdam) opgeheven. " +
        "Het verscherpt toezicht liep van 30 april 2025 tot 9 maart 2026. Bij de start voldeed Enver aan acht normen van het toetsingskader Pleegzorg niet. " +
        "Bij de eindbeoordeling lieten de acht normen een (aanzienlijke) verbetering zien. " +
        "Het bestuur van Enver heeft zijn aanpak veranderd en is uitgebreid met een extra bestuurder; ook dat heeft de inspectie meegewogen. " +
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
      // No due date: the sources give none for the sharpened plan (see AFTER_THE_SUMMER).
      dueDate: null,
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
