import type { Prisma } from "../../app/generated/prisma/client.ts";
import type { Role } from "../../app/domain/roles.ts";

export type Tx = Prisma.TransactionClient;

export const DEMO_PASSWORD = "toezicht-demo";

// ---------------------------------------------------------------------------------------
// Reference data
// ---------------------------------------------------------------------------------------

export const SECTOR = "Jeugd – pleegzorg";

export const DEMO_ORGANISATIONS = [
  { id: "org-enver", name: "Enver", kvkNumber: "24301175", sector: SECTOR, location: "Rotterdam" },
  { id: "org-horizon", name: "Stichting Horizon Pleegzorg", kvkNumber: "30291846", sector: SECTOR, location: "Utrecht" },
  { id: "org-de-linde", name: "Jeugdhulp De Linde", kvkNumber: "05083927", sector: SECTOR, location: "Zwolle" },
  { id: "org-kustregio", name: "Pleegzorg Kustregio", kvkNumber: "22047361", sector: SECTOR, location: "Middelburg" },
] as const satisfies readonly Prisma.OrganisationCreateManyInput[];

export const USER = {
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

export const FRAMEWORK = { id: "fw-pleegzorg", name: "Toetsingskader Pleegzorg", sector: SECTOR };
export const FRAMEWORK_VERSION = {
  id: "fwv-pleegzorg-1",
  frameworkId: FRAMEWORK.id,
  version: 1,
  effectiveDate: "2024-01-01",
  illustrative: true,
  note:
    "De negen normen zijn illustratief: de precieze tekst van het toetsingskader Pleegzorg is niet openbaar. " +
    "Ze volgen de thema's die de inspectie publiek heeft genoemd. Ook de bevindingen in deze demo zijn illustratief, " +
    "net als de bezoeken, voortgangsrapportages en verbeterplannen: alleen wat in de openbare bronnen staat, is echt.",
  createdAt: new Date("2024-01-01T00:00:00Z"),
};

export const NORM_CODES = ["PZ-1", "PZ-2", "PZ-3", "PZ-4", "PZ-5", "PZ-6", "PZ-7", "PZ-8", "PZ-9"] as const;
export type NormCode = (typeof NORM_CODES)[number];

export interface NormSeed {
  code: NormCode;
  title: string;
  description: string;
  criteria: readonly string[];
}

export const NORMS: readonly NormSeed[] = [
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

export const normId = (code: NormCode): string => `norm-${code.toLowerCase()}`;

export const MEASURE_TYPES = [
  { id: "amt-aanwijzing", code: "AANWIJZING", nameNl: "Aanwijzing", nameEn: "Instruction order" },
  { id: "amt-last-onder-dwangsom", code: "LAST_ONDER_DWANGSOM", nameNl: "Last onder dwangsom", nameEn: "Order subject to penalty" },
  { id: "amt-bevel", code: "BEVEL", nameNl: "Bevel", nameEn: "Order" },
] as const;

// No article numbers: the sources name none, and a demo must not cite a law it is not sure of.
export const LEGAL_BASIS = "Jeugdwet (toezicht en handhaving); handhavingsbeleid van de inspectie";
