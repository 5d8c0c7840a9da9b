import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PendingLinkNotice } from "~/components/admin-parts";
import { StatusError } from "~/components/status-error";
import { can } from "~/domain/permissions";
import { useI18n } from "~/utils/i18n";
import { pendingMessageFor } from "~/utils/outbox.server";
import { requireUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Uitnodiging – Toezichtspoor" }];

// A message waiting in the outbox, shown to the person who caused it (an inspector who invited
// an organisation's contact person) or an administrator, to hand the link over while no mail
// transport is configured. Anyone else, or a message already used or delivered: 404.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const message = await pendingMessageFor({ id: user.id, isAdmin: can(user.role, "admin:manage") }, params.id ?? "");
  if (!message) throw new Response("Not found", { status: 404 });
  const trajectory = new URL(request.url).searchParams.get("traject");
  return { message, trajectoryId: trajectory && /^[\w-]{1,100}$/.test(trajectory) ? trajectory : null };
}

export default function OutboxMessage() {
  const { message, trajectoryId } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <div className="narrow">
      <h1>{t("admin.contact.title")}</h1>
      <PendingLinkNotice message={message} />
      {trajectoryId ? (
        <p>
          <Link to={`/trajecten/${trajectoryId}`}>{t("admin.contact.toTrajectory")}</Link>
        </p>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
