import { z } from "zod";
import { MODES, MUTABLE_KINDS, receiveField, type NotificationKind } from "./notifications";

// The notification settings form: how e-mail comes, and which non-essential kinds to receive.

export const NotificationSettingsSchema = z.object({
  mode: z.enum(MODES, { error: "organisation.field.choose" }),
});

/** The kinds left unticked in the submitted form: those the user switches off. */
export function mutedFrom(form: { get(name: string): unknown }): NotificationKind[] {
  return MUTABLE_KINDS.filter((kind) => form.get(receiveField(kind)) !== "on");
}

export const InboxIntentSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("open"), id: z.string().min(1).max(100) }),
  z.object({ intent: z.literal("read"), id: z.string().min(1).max(100) }),
  z.object({ intent: z.literal("allRead") }),
]);
