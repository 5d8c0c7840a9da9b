import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { StatusBadge } from "~/components/badges";
import { StatusError } from "~/components/status-error";
import { TrajectoryTabs } from "~/components/trajectory-tabs";
import { useI18n } from "~/utils/i18n";
import { requireUser } from "~/utils/session.server";
import { requireTrajectoryAccess } from "~/models/access.server";
import { organisationName } from "~/models/organisation.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.header.reference} ${data.header.organisation} – Toezichtspoor` : "Toezichtspoor" },
];

/** Layout for every page of one trajectory: checks access once for the header; each child checks again. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id);
  const organisation = await organisationName(trajectory.organisationId);
  return {
    role: user.role,
    header: { id: trajectory.id, reference: trajectory.reference, status: trajectory.status, organisation },
  };
}

export default function TrajectoryLayout() {
  const { header, role } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <>
      <div className="trajectory-header">
        <p className="eyebrow">
          {t("trajectory.reference")} {header.reference} · <StatusBadge status={header.status} />
        </p>
        <p className="trajectory-header__org">{header.organisation}</p>
      </div>
      <TrajectoryTabs trajectoryId={header.id} role={role} />
      <Outlet />
    </>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;
