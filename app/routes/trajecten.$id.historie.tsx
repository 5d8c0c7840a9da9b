import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { StatusError } from "~/components/status-error";
import { auditChanges } from "~/domain/audit-diff";
import { can } from "~/domain/permissions";
import { pageCount, pageRequest } from "~/domain/pagination";
import { catalogues, formatDateTime, type MessageKey } from "~/i18n";
import { verifyTrajectoryChain } from "~/models/audit-chain.server";
import { listAuditEvents } from "~/models/audit-event.server";
import { requireTrajectory } from "~/models/trajectory.server";
import { useI18n } from "~/utils/i18n";
import { requireUser } from "~/utils/session.server";

// The audit trail is the inspectorate's internal record: organisation users see the
// trajectory itself, but not who inside the inspectorate changed what and when.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // Existence first (404 for another organisation), then the right to read the audit trail.
  const trajectory = await requireTrajectory(user, params.id ?? "");
  if (!can(user.role, "audit:read")) throw new Response("Forbidden", { status: 403 });
  const page = pageRequest(new URL(request.url).searchParams, 50);
  const [{ events, total }, chain] = await Promise.all([listAuditEvents(trajectory.id, page), verifyTrajectoryChain(trajectory.id)]);
  return {
    chain: chain.ok ? { ok: true as const, count: chain.checked } : { ok: false as const, brokenAt: chain.brokenAt },
    events: events.map((e) => ({ ...e, changes: auditChanges(e.before, e.after) })),
    page: page.page,
    pages: pageCount(total, page.pageSize),
  };
}

function actionLabel(action: string): MessageKey | null {
  const key = `history.action.${action}`;
  return key in catalogues.nl ? (key as MessageKey) : null;
}

export default function History() {
  const { events, page, pages, chain } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <>
      <h1>{t("history.title")}</h1>
      <p>{t("history.intro")}</p>
      <p role="status" className={chain.ok ? "chain chain--ok" : "chain chain--broken"}>
        {chain.ok ? t("security.chain.intact", { count: chain.count }) : t("security.chain.broken", { id: chain.brokenAt })}
      </p>
      {events.length === 0 ? (
        <p>{t("history.none")}</p>
      ) : (
        <table className="table">
          <caption>{t("history.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("history.when")}</th>
              <th scope="col">{t("history.who")}</th>
              <th scope="col">{t("history.what")}</th>
              <th scope="col">{t("history.changes")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => {
              const label = actionLabel(event.action);
              return (
                <tr key={event.id}>
                  <td>{formatDateTime(event.createdAt, locale)}</td>
                  <td>{event.actor?.name ?? t("history.system")}</td>
                  <td>{label ? t(label) : event.action}</td>
                  <td>
                    {event.changes.length === 0 ? (
                      "—"
                    ) : (
                      <ul className="changes">
                        {event.changes.map((c) => (
                          <li key={c.field}>
                            <span className="changes__field">{c.field}</span>: {c.before ?? "—"} → {c.after ?? "—"}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <Pagination page={page} pages={pages} />
    </>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
