// Forms of the draft report: sharing it, and the organisation's response (zienswijze).
import { z } from "zod";
import { DATE_RANGES, isoDate, requiredText } from "./form-rules";

export const DraftReportShareSchema = z.object({
  title: requiredText(200),
  findings: requiredText(50_000),
  responseDueDate: isoDate(DATE_RANGES.due),
});
export type DraftReportShareInput = z.infer<typeof DraftReportShareSchema>;

export const DraftReportResponseSchema = z.object({
  draftReportId: requiredText(100),
  response: requiredText(20_000),
});
