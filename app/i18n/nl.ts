import { documentNl } from "./document.nl";
import { enforcementNl } from "./enforcement.nl";
import { adminNl } from "./admin.nl";
import { planNl } from "./plan.nl";
import { progressReportNl } from "./progress-report.nl";
import { draftReportNl } from "./draft-report.nl";
import { closureNl } from "./closure.nl";
import { portfolioNl } from "./portfolio.nl";
import { trajectoryReportNl } from "./trajectory-report.nl";
import { requiredMeasureNl } from "./required-measure.nl";
import { assessmentNl } from "./assessment.nl";
import { historyNl } from "./history.nl";
import { inspectorNl } from "./inspector.nl";
import { managementNl } from "./management.nl";
import { notificationsNl } from "./notifications.nl";
import { organisationNl } from "./organisation.nl";
import { securityNl } from "./security.nl";
import { themesNl } from "./themes.nl";

// Dutch messages: the primary language. en.ts must have exactly the same keys: it is typed
// against these (typecheck fails on a missing or extra key) and catalogues.test.ts checks again
// at run time. Each part of the app keeps its own catalogue file; they are merged here.
const shell = {
  "app.name": "Toezichtspoor",
  "app.tagline": "Trajecten verscherpt toezicht, van eerste bevinding tot besluit",
  "skip.toMain": "Naar de hoofdinhoud",
  "nav.label": "Hoofdmenu",
  "nav.home": "Start",
  "nav.trajectories": "Trajecten",
  "nav.deadlines": "Termijnen",
  "nav.portfolio": "Portefeuille",
  "nav.frameworks": "Toetsingskaders",
  "nav.admin": "Beheer",
  "nav.signOut": "Uitloggen",
  "nav.signedInAs": "Ingelogd als {name} ({role})",
  "lang.switchLabel": "Taal",
  "lang.switchTo": "English",
  "lang.switchToLabel": "Switch to English",
  "role.INSPECTOR": "inspecteur",
  "role.ORGANISATION": "organisatie",
  "role.MANAGER": "teamleider",
  "role.ADMIN": "beheerder",
  "login.title": "Inloggen",
  "login.intro": "Log in met uw e-mailadres en wachtwoord.",
  "login.email": "E-mailadres",
  "login.password": "Wachtwoord",
  "login.submit": "Inloggen",
  "login.failed": "Deze combinatie van e-mailadres en wachtwoord is onbekend.",
  "login.throttled": "Te veel mislukte pogingen. Wacht {seconds} seconden en probeer het opnieuw.",
  "login.demoTitle": "Demo-accounts",
  "login.demoIntro": "Alle demo-accounts gebruiken het wachtwoord {password}.",
  "logout.done": "U bent uitgelogd.",
  "field.required": "Vul dit veld in.",
  "field.email": "Vul een geldig e-mailadres in.",
  "field.date": "Vul een bestaande datum in, bijvoorbeeld 9 maart 2026 of 9-3-2026.",
  "field.dateHint": "Bijvoorbeeld 9 maart 2026 of 9-3-2026.",
  "field.tooLong": "Gebruik hoogstens {max} tekens.",
  "form.errorSummary": "Het formulier bevat fouten. Controleer de gemarkeerde velden.",
  "status.ACTIVE": "actief",
  "status.EXTENDED": "verlengd",
  "status.CLOSURE_PROPOSED": "afsluiting voorgesteld",
  "status.LIFTED": "opgeheven",
  "status.ESCALATED": "geëscaleerd",
  "status.FOLLOW_UP": "nazorg",
  "status.ARCHIVED": "gearchiveerd",
  "rating.MEETS": "voldoet",
  "rating.LARGELY_MEETS": "voldoet grotendeels",
  "rating.PARTLY_MEETS": "voldoet deels",
  "rating.DOES_NOT_MEET": "voldoet niet",
  "rating.NOT_ASSESSED": "niet beoordeeld",
  "rating.none": "nog niet beoordeeld",
  "home.inspector.title": "Mijn trajecten",
  "home.inspector.intro": "Trajecten waarin u leidend inspecteur of teamlid bent.",
  "home.organisation.title": "Ons traject",
  "home.organisation.intro": "Wat de inspectie van {organisation} vraagt, en wanneer.",
  "home.manager.title": "Portefeuille",
  "home.manager.intro": "Alle trajecten verscherpt toezicht.",
  "home.admin.title": "Beheer",
  "home.admin.intro": "Organisaties, gebruikers en toetsingskaders.",
  "home.noTrajectories": "Er zijn geen trajecten.",
  "home.dueSoon": "Wat eraan komt",
  "home.nothingDue": "Er staat niets open.",
  "home.byStatus": "Trajecten per status",
  "home.organisations": "Organisaties",
  "home.users": "Gebruikers",
  "home.userCount": "{count} gebruikers",
  "trajectory.reference": "Kenmerk",
  "trajectory.organisation": "Organisatie",
  "trajectory.status": "Status",
  "trajectory.start": "Start",
  "trajectory.deadline": "Termijn",
  "trajectory.daysLeft": "Dagen resterend",
  "trajectory.daysLeftValue": "{days} dagen",
  "trajectory.daysOverdue": "{days} dagen verstreken",
  "trajectory.notUnderSupervision": "niet meer onder verscherpt toezicht",
  "trajectory.lead": "Leidend inspecteur",
  "trajectory.team": "Team",
  "trajectory.framework": "Toetsingskader",
  "trajectory.reason": "Aanleiding",
  "trajectory.legalBasis": "Wettelijke grondslag",
  "trajectory.duration": "Duur",
  "trajectory.durationMonths": "{months} maanden",
  "trajectory.keyDates": "Kerngegevens",
  "trajectory.norms": "Normen en laatste oordeel",
  "trajectory.norm": "Norm",
  "trajectory.latestRating": "Laatste oordeel",
  "trajectory.round": "Ronde",
  "trajectory.illustrative": "De normen in deze demo zijn illustratief: de precieze tekst van het toetsingskader is niet openbaar.",
  "trajectory.notFound": "Dit traject bestaat niet of u heeft er geen toegang toe.",
  "trajectory.tab.overview": "Overzicht",
  "trajectory.tabsLabel": "Onderdelen van het traject",
  "trajectory.overviewTitle": "traject verscherpt toezicht",
  "trajectory.list.title": "Trajecten",
  "due.title": "Termijn",
  "due.what": "Wat",
  "due.overdue": "te laat",
  "due.kind.trajectory": "Einde toezichtstermijn",
  "due.kind.measure": "Verbetermaatregel",
  "due.kind.report": "Voortgangsrapportage",
  "due.kind.followUp": "Nazorgverplichting",
  "due.kind.plan": "Verbeterplan",
  "due.kind.visit": "Gepland bezoek",
  "due.kind.response": "Zienswijze",
  "error.title": "Er ging iets mis",
  "error.notFound": "Pagina niet gevonden",
  "error.notFoundText": "Deze pagina bestaat niet of u heeft er geen toegang toe.",
  "error.forbidden": "Geen toegang",
  "error.forbiddenText": "U heeft geen rechten voor deze actie.",
  "error.generic": "Probeer het later opnieuw. Blijft het misgaan, neem dan contact op met de beheerder.",
  "error.backHome": "Terug naar de startpagina",
  "pagination.label": "Paginering",
  "pagination.previous": "Vorige",
  "pagination.next": "Volgende",
  "pagination.first": "Eerste",
  "pagination.last": "Laatste",
  "pagination.rows": "{from}–{to} van {total}",
  "pagination.page": "Pagina {page} van {pages}",
} as const;

export const nl = { ...shell, ...inspectorNl, ...assessmentNl, ...organisationNl, ...managementNl, ...securityNl, ...historyNl, ...adminNl, ...planNl, ...progressReportNl, ...draftReportNl, ...closureNl, ...portfolioNl, ...trajectoryReportNl, ...requiredMeasureNl, ...themesNl, ...notificationsNl, ...documentNl, ...enforcementNl };

export type MessageKey = keyof typeof nl;
