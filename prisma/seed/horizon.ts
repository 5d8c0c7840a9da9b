import { USER } from "./reference.ts";
import { at, TrajectoryStory, type RoundFindings, type Rows } from "./story.ts";

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

export function horizon(rows: Rows): void {
  const t = new TrajectoryStory(rows, "traj-horizon", "horizon", {
    reference: "VT-2026-001",
    organisationId: "org-horizon",
    reason:
      "Na meldingen van pleegouders en een jeugdbeschermer over onveilige situaties heeft de inspectie de pleegzorg van Stichting Horizon Pleegzorg getoetst aan het toetsingskader Pleegzorg. " +
      "Horizon voldeed aan acht van de negen normen niet. Horizon begeleidt ongeveer 240 pleegkinderen.",
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
  // A visit entered ahead: planned and unannounced, so Horizon's users do not see it (nor its
  // date in their deadlines) until the inspector records it as held.
  t.visit(
    "2026-12-09",
    false,
    "Joris Bakker en Sanne de Vries (inspectie)",
    "Gepland onaangekondigd bezoek aan twee teams: steekproef van dossiers op veiligheidstaxaties en screening.",
    USER.joris,
    "2026-11-16",
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
