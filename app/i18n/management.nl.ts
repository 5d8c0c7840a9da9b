// Dutch messages of the enforcement measure types (administration) and the closure and report tabs.
// Closure, portfolio, the trajectory report and the enforcement ladder (enforcement.nl.ts) have their
// own catalogues. management.en.ts has the same keys.
export const managementNl = {
  "trajectory.tab.closure": "Afsluiting",
  "trajectory.tab.trajectoryReport": "Rapport",
  "management.field.code": "Gebruik 2 tot 40 hoofdletters, cijfers of liggende streepjes, beginnend met een letter.",
  "management.field.codeTaken": "Deze code bestaat al.",
  "history.action.followUp.met": "Nazorgverplichting voldaan",
  "history.action.decision.unpublished": "Publicatie van besluit ingetrokken",
  "history.action.decision.summary_edited": "Publieksamenvatting gewijzigd",
  "management.measureTypes.title": "Typen handhavingsmaatregelen",
  "management.measureTypes.intro": "Deze typen kan een inspecteur voorstellen bij escalatie. De code van een type verandert nooit; voorstellen en maatregelen verwijzen ernaar.",
  "management.measureTypes.added": "Het type is toegevoegd.",
  "management.measureTypes.code": "Code",
  "management.measureTypes.codeHint": "Bijvoorbeeld BESTUURLIJKE_BOETE: hoofdletters, cijfers en liggende streepjes.",
  "management.measureTypes.nameNl": "Naam (Nederlands)",
  "management.measureTypes.nameEn": "Naam (Engels)",
  "management.measureTypes.used": "Gebruikt",
  "management.measureTypes.usedValue": "{measures} maatregelen, {proposals} voorstellen",
  "management.measureTypes.new": "Nieuw type toevoegen",
  "management.measureTypes.add": "Type toevoegen",
  "history.action.measureType.created": "Type handhavingsmaatregel toegevoegd",
  "nav.decisions": "Besluiten",
  "management.nav.measureTypes": "Maatregeltypen",
} as const;
