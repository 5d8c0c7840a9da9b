import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AuditEventTable } from "~/components/audit-changes";
import { StatusError } from "~/components/status-error";
import { ListPage } from "~/components/page-shells";
import { auditChanges } from "~/domain/audit-diff";
import { pageRequest, pagingOf } from "~/domain/pagination";
import { verifyTrajectoryChain } from "~/models/audit-chain.server";
import { listAuditEvents } from "~/models/audit-event.server";
import { requireTrajectoryAccess } from "~/models/access.server";
import { useI18n } from "~/utils/i18n";
import { requireUser } from "~/utils/session.server";

// The audit trail is the inspectorate's internal record: organisation users see the
// trajectory itself, but not who inside the inspectorate changed what and when.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "audit:read");
  const page = pageRequest(new URL(request.url).searchParams, 50);
  const [{ events, total }, chain] = await Promise.all([listAuditEvents(trajectory.id, page), verifyTrajectoryChain(trajectory.id)]);
  return {
    chain: chain.ok ? { ok: true as const, count: chain.checked } : { ok: false as const, brokenAt: chain.brokenAt },
    events: events.map((e) => ({ ...e, changes: auditChanges(e.before, e.after) })),
    paging: pagingOf(page, total),
  };
}

export default function History() {
  const { events, paging, chain } = useLoaderData<typeof loader>();
  const { t, tOr } = useI18n();
  const chainStatus = (
    <p role="status" className={chain.ok ? "chain chain--ok" : "chain chain--broken"}>
      {chain.ok ? t("security.chain.intact", { count: chain.count }) : t("security.chain.broken", { id: chain.brokenAt })}
    </p>
  );
  return (
    <ListPage title={t("history.title")} intro={t("history.intro")} status={chainStatus} empty={events.length === 0 ? t("history.none") : null} paging={paging}>
      <AuditEventTable caption={t("history.title")} events={events} what={(event) => tOr(`history.action.${event.action}`, event.action)} />
    </ListPage>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;
