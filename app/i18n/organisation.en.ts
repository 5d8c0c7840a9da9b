import type { organisationNl } from "./organisation.nl";

export const organisationEn: Record<keyof typeof organisationNl, string> = {
  "trajectory.tab.plan": "Improvement plan",
  "trajectory.tab.progressReports": "Reports",
  "trajectory.tab.draftReport": "Response",

  "form.choose": "Make a choice.",
  "form.version": "This form is out of date. Reload the page.",
  "form.conflict": "Someone else saved this in the meantime. The newer version is shown below; your own input is still in the form. Save again to apply your change on top of it.",
  "form.unknownIntent": "We do not know this action.",

  "organisationHome.none": "There are no trajectories for your organisation.",
  "organisationHome.due": "What is required of you",
  "organisationHome.dueCaption": "Deadlines in trajectory {reference}, overdue first",
  "organisationHome.ratings": "Latest rating per norm",
  "organisationHome.ratingsCaption": "Latest rating per norm published by the inspectorate in trajectory {reference}",
  "organisationHome.illustrative": "The norms in this demo are illustrative: the exact wording of the framework is not public.",
  "organisationHome.norm": "Norm",
  "organisationHome.rating": "Rating",
  "organisationHome.round": "Assessment",

  // Labels of this journey's audit events on the history page.
  "history.action.plan.summaryUpdated": "Improvement plan summary changed",
  "history.action.plan.actionAdded": "Action added to improvement plan",
  "history.action.plan.actionUpdated": "Action in improvement plan changed",
  "history.action.plan.actionRemoved": "Action removed from improvement plan",
  "history.action.report.draftStarted": "Progress report draft started",
  "history.action.report.draftSaved": "Progress report draft saved",
  "history.action.report.attachmentRemoved": "Attachment removed from draft",
};
