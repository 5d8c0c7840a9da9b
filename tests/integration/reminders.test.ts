import { beforeEach, describe, expect, it } from "vitest";
import { addDays } from "~/domain/dates";
import { renderMessage, type NotificationMessageBody } from "~/domain/notification-templates";
import { notify } from "~/models/notification.server";
import { decideExtension, requestExtension, requireRecipientAccess } from "~/models/theme-answer.server";
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

describe("reminders of a theme's information request (issue 15)", () => {
  /** A theme whose request went out, with one recipient row per organisation as given. */
  async function sentTheme(id: string, status: string, recipients: { organisationId: string; deadline: string; status: string }[]) {
    const lead = await userId("inspecteur@igj.example");
    await db.theme.create({
      data: {
        id,
        title: `Uitvraag ${id}`,
        purpose: "…",
        legalBasis: "Jeugdwet",
        frameworkVersionId: "fwv-pleegzorg-1",
        leadInspectorId: lead,
        sector: "Jeugd",
        startDate: "2030-01-01",
        endDate: "2030-12-31",
        status,
        requestDeadline: addDays(TODAY, 14),
        sentAt: new Date("2030-02-01T09:00:00Z"),
        recipients: { create: recipients.map((r, i) => ({ id: `${id}-r${i}`, ...r })) },
      },
    });
  }

  function themeLines(body: NotificationMessageBody | null) {
    return (body?.items ?? []).flatMap((i) => i.params.items ?? []).filter((i) => i.kind === "themeRequest");
  }

  it("reminds the organisation's users 14 and 3 days before its own (extended) deadline and when overdue, until submitted", async () => {
    await sentTheme("th-a", "REQUEST_SENT", [
      { organisationId: "org-enver", deadline: addDays(TODAY, 14), status: "NOT_OPENED" },
      { organisationId: "org-horizon", deadline: addDays(TODAY, -1), status: "DRAFT" },
    ]);
    // Horizon asks for more time and gets it: from then on its own deadline, three days from now, counts.
    const horizonUser = { id: await userId("gebruiker@horizon.example"), role: "ORGANISATION" as const, organisationId: "org-horizon" };
    const inspector = { id: await userId("inspecteur@igj.example"), role: "INSPECTOR" as const };
    expect(await requestExtension(horizonUser, await requireRecipientAccess(horizonUser, "th-a-r1"), { requestedDate: addDays(TODAY, 3), reason: "Bestuur vergadert later" })).toEqual({ ok: true });
    const extension = await db.themeExtension.findFirstOrThrow({ where: { recipientId: "th-a-r1" }, select: { id: true } });
    await decideExtension(inspector, await requireRecipientAccess(inspector, "th-a-r1"), { extensionId: extension.id, decision: "GRANTED", comment: "" });
    await sentTheme("th-b", "REQUEST_SENT", [
      { organisationId: "org-enver", deadline: addDays(TODAY, -2), status: "OPENED" },
      // Submitted: nothing more is owed.
      { organisationId: "org-horizon", deadline: addDays(TODAY, -2), status: "SUBMITTED" },
    ]);
    // Ten days away: no reminder today.
    await sentTheme("th-c", "REQUEST_SENT", [{ organisationId: "org-enver", deadline: addDays(TODAY, 10), status: "DRAFT" }]);
    // Answers closed: the request is no longer to be answered, however late.
    await sentTheme("th-d", "ANSWERS_CLOSED", [{ organisationId: "org-enver", deadline: addDays(TODAY, -30), status: "DRAFT" }]);

    await runReminders(TODAY);

    expect(themeLines(await digestOf("enver@enver.example")).map((i) => `${i.window}:${i.title}`).sort()).toEqual(["14:Uitvraag th-a", "overdue:Uitvraag th-b"]);
    expect(themeLines(await digestOf("gebruiker@horizon.example")).map((i) => `${i.window}:${i.title}:${i.dueDate}`)).toEqual([`3:Uitvraag th-a:${addDays(TODAY, 3)}`]);
    // Inspectors do not answer requests: no theme line reaches them.
    expect(themeLines(await digestOf("inspecteur@igj.example"))).toEqual([]);
  });

  it("never puts another organisation's request in a digest", async () => {
    await sentTheme("th-only-horizon", "REQUEST_SENT", [{ organisationId: "org-horizon", deadline: addDays(TODAY, 3), status: "NOT_OPENED" }]);
    await runReminders(TODAY);
    expect(themeLines(await digestOf("gebruiker@horizon.example")).map((i) => i.title)).toEqual(["Uitvraag th-only-horizon"]);
    const others = await db.outboxMessage.findMany({ where: { kind: "digest", recipient: { not: "gebruiker@horizon.example" } }, select: { body: true } });
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(other.body).not.toContain("th-only-horizon");
    const inboxes = await db.notification.findMany({ where: { kind: "deadline.reminder", user: { email: { not: "gebruiker@horizon.example" } } }, select: { params: true } });
    for (const inbox of inboxes) expect(inbox.params).not.toContain("th-only-horizon");
  });

  it("renders the request's line in the reader's language, in both parts of the e-mail", async () => {
    await sentTheme("th-en", "REQUEST_SENT", [{ organisationId: "org-horizon", deadline: addDays(TODAY, -1), status: "OPENED" }]);
    await db.notificationPreference.create({ data: { userId: await userId("gebruiker@horizon.example"), locale: "en" } });
    await runReminders(TODAY);
    const message = await db.outboxMessage.findFirstOrThrow({ where: { recipient: "gebruiker@horizon.example", kind: "digest" }, select: { body: true, locale: true } });
    expect(message.locale).toBe("en");
    const rendered = renderMessage({ kind: "digest", body: JSON.parse(message.body) as NotificationMessageBody }, "en", "http://app");
    expect(rendered.text).toContain("overdue since 3 March 2030: the information request “Uitvraag th-en” (answer it from your start page)");
    expect(rendered.html).toContain("the information request “Uitvraag th-en”");
    const dutch = renderMessage({ kind: "digest", body: JSON.parse(message.body) as NotificationMessageBody }, "nl", "http://app");
    expect(dutch.text).toContain("te laat sinds 3 maart 2030: het informatieverzoek “Uitvraag th-en”");
  });
});
