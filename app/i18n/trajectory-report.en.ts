import type { trajectoryReportNl } from "./trajectory-report.nl";

export const trajectoryReportEn: Record<keyof typeof trajectoryReportNl, string> = {
  "trajectoryReport.title": "Report",
  "trajectoryReport.print": "Print or save as PDF",
  "trajectoryReport.printHint": "This report is laid out for printing. Use your browser's print function (Ctrl+P or Cmd+P) and choose \"Save as PDF\" if you like.",
  "trajectoryReport.generated": "Generated on {date}.",
  "trajectoryReport.ratings": "Ratings per norm per round",
  "trajectoryReport.ratingsCaption": "Rating per norm (rows) per assessment round (columns)",
  "trajectoryReport.findings": "Findings per round",
  "trajectoryReport.measures": "Required measures",
  "trajectoryReport.measure": "Measure",
  "trajectoryReport.noMeasures": "There are no required measures.",
  "trajectoryReport.reports": "Progress reports",
  "trajectoryReport.noReports": "No progress reports have been requested.",
  "trajectoryReport.submissions": "Submissions",
  "trajectoryReport.decisions": "Proposals, decisions and what followed",
  "trajectoryReport.progressReportStatus.REQUESTED": "requested",
  "trajectoryReport.progressReportStatus.SUBMITTED": "submitted",
  "trajectoryReport.progressReportStatus.MORE_INFO_NEEDED": "more information needed",
  "trajectoryReport.progressReportStatus.ACCEPTED": "accepted",
  "trajectoryReport.noProposals": "No closure proposal has been made yet.",
};
