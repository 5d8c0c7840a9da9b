import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { SubmitButton } from "~/components/form";
import { DataTable, ListPage } from "~/components/page-shells";
import { StatusError } from "~/components/status-error";
import { pageRequest, pagingOf } from "~/domain/pagination";
import { formatDateTime, formatNumber, type MessageKey } from "~/i18n";
import { listOutbox, OUTBOX_VIEW_STATUSES, retryMessage, type OutboxViewStatus } from "~/models/outbox-delivery.server";
import { useI18n } from "~/utils/i18n";
import { transportFromEnv } from "~/utils/mail-transport.server";
import { requireActionUser, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Verzonden berichten – Toezichtspoor" }];

function statusOf(value: string | null): OutboxViewStatus {
  return (OUTBOX_VIEW_STATUSES as readonly string[]).includes(value ?? "") ? (value as OutboxViewStatus) : "SENT";
}

// Administrators only: every message the app sends or prepares, the failed ones with "retry".
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  const params = new URL(request.url).searchParams;
  const status = statusOf(params.get("status"));
  const page = pageRequest(params, 50);
  const { total, rows } = await listOutbox(status, page);
  const transport = transportFromEnv();
  transport.close();
  return { status, total, rows, transport: transport.name, paging: pagingOf(page, total) };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireActionUser(request, "admin:manage");
  const form = await request.formData();
  const id = form.get("id");
  if (form.get("intent") !== "retry" || typeof id !== "string" || id.length > 100) throw new Response("Bad request", { status: 400 });
  if (!(await retryMessage(id))) throw new Response("Not found", { status: 404 });
  return redirect("/beheer/berichten?status=PENDING&opnieuw=1");
}

export default function Outbox() {
  const { status, total, rows, transport, paging } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const { t, locale } = useI18n();
  return (
    <ListPage
      title={t("notify.outbox.title")}
      intro={t("notify.outbox.intro")}
      empty={null}
      paging={paging}
      status={
        <>
          <p>{t("notify.outbox.transport", { transport: t(`notify.outbox.transport.${transport}`) })}</p>
          {params.has("opnieuw") ? (
            <p role="status" className="notice">
              {t("notify.outbox.retried")}
            </p>
          ) : null}
          <nav aria-label={t("notify.outbox.statusFilter")}>
            <ul className="inline-list">
              {OUTBOX_VIEW_STATUSES.map((s) => (
                <li key={s}>
                  <Link to={`/beheer/berichten?status=${s}`} aria-current={s === status ? "page" : undefined}>
                    {t(`notify.outbox.status.${s}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <p role="status">{t("notify.outbox.count", { count: formatNumber(total, locale) })}</p>
        </>
      }
    >
      <DataTable
        caption={t("notify.outbox.caption", { status: t(`notify.outbox.status.${status}`) })}
        columns={[t("notify.outbox.recipient"), t("notify.outbox.kind"), t("notify.outbox.created"), t("notify.outbox.attempts"), status === "SENT" ? null : t("notify.outbox.error"), t("notify.outbox.actions")]}
      >
        {rows.map((row) => (
          <tr key={row.id}>
            <td>{row.recipient}</td>
            <td>{t(`notify.outbox.kind.${row.kind}` as MessageKey)}</td>
            <td>{formatDateTime(row.createdAt, locale)}</td>
            <td>{row.attempts}</td>
            {status === "SENT" ? null : <td>{row.lastError ?? ""}</td>}
            <td>
              <Link to={`/beheer/berichten/${row.id}`} aria-label={`${t("notify.outbox.view")}: ${row.recipient}, ${formatDateTime(row.createdAt, locale)}`}>
                {t("notify.outbox.view")}
              </Link>
              {status === "FAILED" ? (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="id" value={row.id} />
                  <SubmitButton name="intent" value="retry" variant="secondary">
                    {t("notify.outbox.retry")}
                  </SubmitButton>
                </Form>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
    </ListPage>
  );
}

export const ErrorBoundary = StatusError;
