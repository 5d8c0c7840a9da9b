import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { SubmitButton } from "~/components/form";
import { DataTable, ListPage } from "~/components/page-shells";
import { StatusError } from "~/components/status-error";
import { InboxIntentSchema } from "~/domain/notification-forms";
import { notificationSubject } from "~/domain/notification-templates";
import { pageRequest, pagingOf } from "~/domain/pagination";
import { formatDateTime } from "~/i18n";
import { listInbox, markAllRead, openNotification } from "~/models/notification.server";
import { useI18n } from "~/utils/i18n";
import { getLocale } from "~/utils/locale.server";
import { safeRedirect } from "~/utils/security.server";
import { requireActionUser, requireUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Meldingen – Toezichtspoor" }];

const PAGE_SIZE = 25;

export async function loader({ request }: LoaderFunctionArgs) {
  const [user, locale] = await Promise.all([requireUser(request), getLocale(request)]);
  const page = pageRequest(new URL(request.url).searchParams, PAGE_SIZE);
  const { total, rows } = await listInbox(user, page);
  // The subject is rendered here, not in the component: its templates need the whole catalogue,
  // which stays on the server (app/utils/i18n.tsx).
  return { rows: rows.map((row) => ({ ...row, subject: notificationSubject({ kind: row.kind, params: row.params }, locale) })), paging: pagingOf(page, total) };
}

// Opening and marking read are POSTs (no state changes on GET), so they work without JavaScript.
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const parsed = InboxIntentSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response("Bad request", { status: 400 });
  if (parsed.data.intent === "allRead") {
    await markAllRead(user);
    return redirect("/meldingen?gelezen=1");
  }
  const path = await openNotification(user, parsed.data.id);
  if (!path) throw new Response("Not found", { status: 404 });
  return redirect(parsed.data.intent === "open" ? safeRedirect(path, "/meldingen") : "/meldingen");
}

export default function Inbox() {
  const { rows, paging } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const { t, locale } = useI18n();
  return (
    <ListPage title={t("notify.inbox.title")} intro={t("notify.inbox.intro")} empty={rows.length === 0 ? t("notify.inbox.empty") : null} paging={paging}
      status={
        <>
          {params.has("gelezen") ? (
            <p role="status" className="notice">
              {t("notify.inbox.allReadDone")}
            </p>
          ) : null}
          <p>
            <Link to="/meldingen/instellingen">{t("notify.inbox.settingsLink")}</Link>
          </p>
          {rows.some((row) => !row.read) ? (
            <Form method="post">
              <SubmitButton name="intent" value="allRead" variant="secondary">
                {t("notify.inbox.allRead")}
              </SubmitButton>
            </Form>
          ) : null}
        </>
      }
    >
      <DataTable caption={t("notify.inbox.caption")} columns={[t("notify.inbox.what"), t("notify.inbox.when"), t("notify.inbox.state")]}>
        {rows.map((row) => {
          const { subject } = row;
          return (
            <tr key={row.id} className={row.read ? undefined : "inbox__unread"}>
              <td>
                <Form method="post" className="inline-form">
                  <input type="hidden" name="id" value={row.id} />
                  <button type="submit" name="intent" value="open" className="link-button">
                    {row.read ? subject : <strong>{subject}</strong>}
                  </button>
                </Form>
              </td>
              <td>{formatDateTime(row.createdAt, locale)}</td>
              <td>
                {row.read ? (
                  t("notify.inbox.read")
                ) : (
                  <Form method="post" className="inline-form">
                    {t("notify.inbox.unread")}{" "}
                    <input type="hidden" name="id" value={row.id} />
                    <button type="submit" name="intent" value="read" className="link-button" aria-label={`${t("notify.inbox.markRead")}: ${subject}`}>
                      {t("notify.inbox.markRead")}
                    </button>
                  </Form>
                )}
              </td>
            </tr>
          );
        })}
      </DataTable>
    </ListPage>
  );
}

export const ErrorBoundary = StatusError;
