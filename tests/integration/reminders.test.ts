import { beforeEach, describe, expect, it } from "vitest";
import { addDays } from "~/domain/dates";
import type { NotificationMessageBody } from "~/domain/notification-templates";
import { notify } from "~/models/notification.server";
import { deliverDue } from "~/models/outbox-delivery.server";
import { runReminders, scheduledReminderRun } from "~/models/reminder.server";
import type { OutgoingMail } from "~/utils/mail-transport.server";
import { db, seedDemoData } from "../support/database";

const ENVER = "traj-enver";
// A fixed "today" (never the real clock): the demo's open items are all overdue by then.
const TODAY = "2030-03-04";

async function userId(email: string) {
  return (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

async function digestOf(email: string): Promise<NotificationMessageBody | null> {
  const row = await db.outboxMessage.findFirst({ where: { recipient: email, kind: "digest" }, select: { body: true, dedupeKey: true } });
  return row ? (JSON.parse(row.body) as NotificationMessageBody) : null;
}

beforeEach(async () => {
  await seedDemoData();
  const lead = await userId("inspecteur@igj.example");
  await db.progressReportRequest.create({ data: { trajectoryId: ENVER, title: "Over veertien dagen", dueDate: addDays(TODAY, 14), status: "REQUESTED", requestedById: lead, instructions: "" } });
  await db.draftReport.create({ data: { trajectoryId: ENVER, title: "Over drie dagen", findings: "…", responseDueDate: addDays(TODAY, 3), sharedById: lead } });
  await db.progressReportRequest.create({ data: { trajectoryId: ENVER, title: "Over tien dagen", dueDate: addDays(TODAY, 10), status: "REQUESTED", requestedById: lead, instructions: "" } });
});

describe("reminders", () => {
  it("sends whoever must act one digest with the items due in 14 and 3 days and the overdue ones", async () => {
    const run = await runReminders(TODAY);
    expect(run.digests).toBeGreaterThan(0);
    const enver = await digestOf("enver@enver.example");
    const reminder = enver!.items.find((i) => i.kind === "deadline.reminder")!;
    const titles = reminder.params.items!.map((i) => `${i.window}:${i.title}`);
    expect(titles).toContain("14:Over veertien dagen");
    expect(titles).toContain("3:Over drie dagen");
    expect(titles.some((t) => t.startsWith("overdue:"))).toBe(true);
    // Not ten days away; and nothing of another organisation reaches Enver, nor Enver's items Horizon.
    expect(titles.some((t) => t.endsWith("Over tien dagen"))).toBe(false);
    const enverRefs = new Set(reminder.params.items!.map((i) => i.trajectoryId));
    expect([...enverRefs]).toEqual([ENVER]);
    const horizon = await digestOf("gebruiker@horizon.example");
    expect(horizon?.items.flatMap((i) => i.params.items ?? []).some((i) => i.trajectoryId === ENVER) ?? false).toBe(false);
    // The supervision term goes to the inspectors, not to the organisation.
    expect(reminder.params.items!.some((i) => i.kind === "trajectory")).toBe(false);
    // In the inbox too, linked to the same e-mail.
    expect(await db.notification.count({ where: { userId: await userId("enver@enver.example"), kind: "deadline.reminder", outboxMessageId: { not: null } } })).toBe(1);
  });

  it("is idempotent: a second run, or two at once, writes no second digest for a user that day", async () => {
    const [a, b] = await Promise.all([runReminders(TODAY), runReminders(TODAY)]);
    expect(a.digests + b.digests).toBe(a.digests + a.skipped);
    const again = await runReminders(TODAY);
    expect(again.digests).toBe(0);
    const keys = await db.outboxMessage.findMany({ where: { kind: "digest" }, select: { dedupeKey: true, userId: true } });
    expect(new Set(keys.map((k) => k.userId)).size).toBe(keys.length);
    expect(await db.notification.count({ where: { kind: "deadline.reminder" } })).toBe(keys.length);
    // The next day is a new day.
    expect((await runReminders(addDays(TODAY, 1))).digests).toBeGreaterThan(0);
  });

  it("runs once per hour however many servers schedule it at once (the hour's JobRun row)", async () => {
    const eight = new Date(`${TODAY}T08:10:00Z`);
    const runs = await Promise.all(["a", "b", "c", "d"].map((server) => scheduledReminderRun(eight, `server-${server}`)));
    expect(runs.filter((run) => run !== null)).toHaveLength(1);
    expect(runs.find((run) => run !== null)!.digests).toBeGreaterThan(0);
    const claims = await db.jobRun.findMany({ where: { job: "reminders" }, select: { period: true, runner: true } });
    expect(claims).toEqual([{ period: `${TODAY}T08`, runner: expect.stringMatching(/^server-[abcd]$/) }]);
    // Later in the same hour nobody runs it; the next hour one server does (and finds the digests written).
    expect(await scheduledReminderRun(new Date(`${TODAY}T08:50:00Z`), "server-a")).toBeNull();
    const nine = await Promise.all(["a", "b"].map((server) => scheduledReminderRun(new Date(`${TODAY}T09:10:00Z`), `server-${server}`)));
    expect(nine.filter((run) => run !== null).map((run) => run!.digests)).toEqual([0]);
  });

  it("gathers a digest user's notifications into that day's digest, rendered in their language", async () => {
    const joris = await userId("inspecteur2@igj.example");
    await db.notificationPreference.create({ data: { userId: joris, mode: "DIGEST", locale: "en" } });
    await db.$transaction((tx) => notify(tx, { kind: "report.submitted", trajectoryId: ENVER, actorId: null, params: { title: "Zomerrapportage", path: "/trajecten/traj-enver/rapportages" } }));
    expect(await db.outboxMessage.count({ where: { userId: joris } })).toBe(0);
    await runReminders(TODAY);
    const digest = await db.outboxMessage.findFirstOrThrow({ where: { userId: joris, kind: "digest" }, select: { id: true, body: true } });
    expect((JSON.parse(digest.body) as NotificationMessageBody).items.map((i) => i.kind)).toContain("report.submitted");
    expect(await db.notification.findFirstOrThrow({ where: { userId: joris, kind: "report.submitted" }, select: { outboxMessageId: true } })).toEqual({ outboxMessageId: digest.id });
    await db.outboxMessage.deleteMany({ where: { id: { not: digest.id } } });
    const sent: OutgoingMail[] = [];
    await deliverDue({ transport: { name: "embedded", send: async (m) => void sent.push(m), close() {} }, workerId: "w", appUrl: "http://app", leaseMs: 60_000 });
    expect(sent[0]!.subject).toBe("Your summary of 4 March 2030: 1 notifications".replace("1 notifications", `${(JSON.parse(digest.body) as NotificationMessageBody).items.length} notifications`));
    expect(sent[0]!.text).toContain("The organisation has submitted the progress report “Zomerrapportage”");
  });
});
