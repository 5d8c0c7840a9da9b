// Dutch messages of the organisation's start page, the tabs of its work and the messages its
// forms share (form.*). The plan, progress reports and draft report have their own catalogues.
// organisation.en.ts has the same keys.
export const organisationNl = {
  "trajectory.tab.plan": "Verbeterplan",
  "trajectory.tab.progressReports": "Rapportages",
  "trajectory.tab.draftReport": "Zienswijze",

  "form.choose": "Maak een keuze.",
  "form.version": "Dit formulier is verouderd. Laad de pagina opnieuw.",
  "form.conflict": "Iemand anders heeft dit intussen opgeslagen. Hieronder staat de nieuwere versie; uw eigen invoer staat nog in het formulier. Sla opnieuw op om uw wijziging daarop toe te passen.",
  "form.unknownIntent": "Deze handeling kennen we niet.",

  "organisationHome.none": "Er zijn geen trajecten voor uw organisatie.",
  "organisationHome.due": "Wat er van u gevraagd wordt",
  "organisationHome.dueCaption": "Termijnen in traject {reference}, te late eerst",
  "organisationHome.ratings": "Laatste oordeel per norm",
  "organisationHome.ratingsCaption": "Laatste door de inspectie vrijgegeven oordeel per norm in traject {reference}",
  "organisationHome.illustrative": "De normen in deze demo zijn illustratief: de exacte tekst van het toetsingskader is niet openbaar.",
  "organisationHome.norm": "Norm",
  "organisationHome.rating": "Oordeel",
  "organisationHome.round": "Beoordeling",

  // Labels of this journey's audit events on the history page.
  "history.action.plan.summaryUpdated": "Samenvatting verbeterplan gewijzigd",
  "history.action.plan.actionAdded": "Actie aan verbeterplan toegevoegd",
  "history.action.plan.actionUpdated": "Actie in verbeterplan gewijzigd",
  "history.action.plan.actionRemoved": "Actie uit verbeterplan verwijderd",
  "history.action.report.draftStarted": "Concept voortgangsrapportage begonnen",
  "history.action.report.draftSaved": "Concept voortgangsrapportage opgeslagen",
  "history.action.report.attachmentRemoved": "Bijlage uit concept verwijderd",
} as const;
