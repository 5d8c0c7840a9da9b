// Dutch messages of the draft report (conceptrapport) and the organisation's response (zienswijze). draft-report.en.ts has the same keys.
export const draftReportNl = {
  "draftReport.title": "Zienswijze op het conceptrapport",
  "draftReport.intro": "De inspectie legt haar conceptbevindingen voor. De organisatie geeft één keer haar zienswijze; die hoort daarna bij het dossier en verandert niet meer.",
  "draftReport.none": "Er is nog geen conceptrapport voorgelegd.",
  "draftReport.sharedOn": "Voorgelegd {when}",
  "draftReport.dueDate": "Zienswijze uiterlijk",
  "draftReport.findings": "Bevindingen",
  "draftReport.response": "Zienswijze",
  "draftReport.yourResponse": "Uw zienswijze",
  "draftReport.once": "U kunt één keer reageren; daarna ligt uw zienswijze vast.",
  "draftReport.submit": "Zienswijze indienen",
  "draftReport.respondedOn": "Ingediend {when}",
  "draftReport.notYet": "Nog geen zienswijze ontvangen.",
  "draftReport.already": "Op dit conceptrapport is al gereageerd; de zienswijze ligt vast.",
  "draftReport.share": "Conceptrapport voorleggen",
  "draftReport.draftTitle": "Titel",
  "draftReport.shareButton": "Voorleggen aan de organisatie",
} as const;
