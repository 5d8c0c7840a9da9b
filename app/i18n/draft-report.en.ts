import type { draftReportNl } from "./draft-report.nl";

export const draftReportEn: Record<keyof typeof draftReportNl, string> = {
  "draftReport.title": "Response to the draft report",
  "draftReport.intro": "The inspectorate presents its draft findings. The organisation responds once; the response then belongs to the record and does not change.",
  "draftReport.none": "No draft report has been shared yet.",
  "draftReport.sharedOn": "Shared {when}",
  "draftReport.dueDate": "Response due",
  "draftReport.findings": "Findings",
  "draftReport.response": "Response",
  "draftReport.yourResponse": "Your response",
  "draftReport.once": "You can respond once; after that your response is fixed.",
  "draftReport.submit": "Submit response",
  "draftReport.respondedOn": "Submitted {when}",
  "draftReport.notYet": "No response received yet.",
  "draftReport.already": "This draft report has already been answered; the response is fixed.",
  "draftReport.share": "Share a draft report",
  "draftReport.draftTitle": "Title",
  "draftReport.shareButton": "Share with the organisation",
};
