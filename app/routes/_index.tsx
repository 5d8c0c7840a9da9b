import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StatusBadge } from "~/components/badges";
import { DueList } from "~/components/due-list";
import { OrganisationTrajectory } from "~/components/organisation-home";
import { TrajectoryTable } from "~/components/trajectory-table";
import { isRole } from "~/domain/roles";
import { dueScopeFor, sortedDueItems } from "~/models/deadline.server";
import { adminOverview } from "~/models/admin.server";
import { countByStatus, pendingProposalCount } from "~/models/portfolio.server";
import { organisationHome } from "~/models/organisation-home.server";
import { requestsForOrganisation } from "~/models/theme-answer.server";
import { ThemeRequests } from "~/components/theme-parts";
import { todayIso } from "~/domain/dates";
import { pageCount, pageRequest } from "~/domain/pagination";
import { Pagination } from "~/components/pagination";
import { listTrajectorySummaries, myTrajectoriesWhere } from "~/models/trajectory.server";
import { formatNumber } from "~/i18n";
import { useI18n } from "~/utils/i18n";
import { requireUser } from "~/utils/session.server";
import { DataTable } from "~/components/data-table";

export const meta: MetaFunction = () => [{ title: "Start – Toezichtspoor" }];

const DUE_ON_START_PAGE = 10;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  switch (user.role) {
    case "INSPECTOR": {
      const [trajectories, due] = await Promise.all([
        listTrajectorySummaries(await myTrajectoriesWhere(user)),
        sortedDueItems(dueScopeFor(user), DUE_ON_START_PAGE),
      ]);
      return { view: "INSPECTOR" as const, trajectories, due };
    }
    case "ORGANISATION":
    {
      const [home, requests] = await Promise.all([organisationHome(user), requestsForOrganisation(user.organisationId ?? "-", todayIso())]);
      return { view: "ORGANISATION" as const, organisation: user.organisationName ?? "", ...home, requests };
    }
    case "MANAGER": {
      const [byStatus, trajectories, due, pending] = await Promise.all([
        countByStatus(),
        listTrajectorySummaries({}),
        sortedDueItems({ kind: "all" }, DUE_ON_START_PAGE),
        pendingProposalCount(),
      ]);
      return { view: "MANAGER" as const, byStatus, trajectories, due, pending };
    }
    case "ADMIN": {
      const page = pageRequest(new URL(request.url).searchParams);
      const overview = await adminOverview(page);
      return { view: "ADMIN" as const, ...overview, page: page.page, pages: pageCount(overview.organisationCount, page.pageSize) };
    }
  }
}

export default function Home() {
  const data = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  switch (data.view) {
    case "INSPECTOR":
      return (
        <>
          <h1>{t("home.inspector.title")}</h1>
          <p>{t("home.inspector.intro")}</p>
          <TrajectoryTable rows={data.trajectories} caption={t("home.inspector.title")} />
          <h2>{t("home.dueSoon")}</h2>
          <DueList items={data.due} caption={t("home.dueSoon")} />
        </>
      );
    case "ORGANISATION":
      return (
        <>
          <h1>{t("home.organisation.title")}</h1>
          <p>{t("home.organisation.intro", { organisation: data.organisation })}</p>
          <ThemeRequests requests={data.requests} />
          {data.trajectories.length === 0 ? <p>{t("organisationHome.none")}</p> : null}
          {data.trajectories.map((trajectory) => (
            <OrganisationTrajectory key={trajectory.id} trajectory={trajectory} due={data.due} />
          ))}
        </>
      );
    case "MANAGER":
      return (
        <>
          <h1>{t("home.manager.title")}</h1>
          <p>{t("home.manager.intro")}</p>
          <p>
            {t("portfolio.pendingOnHome", { count: formatNumber(data.pending, locale) })}{" "}
            <Link to="/portefeuille">{t("portfolio.link")}</Link>
          </p>
          <h2>{t("home.byStatus")}</h2>
          <ul className="stat-list">
            {data.byStatus.map((row) => (
              <li key={row.status}>
                <StatusBadge status={row.status} /> <strong>{formatNumber(row.count, locale)}</strong>
              </li>
            ))}
          </ul>
          <TrajectoryTable rows={data.trajectories} caption={t("nav.trajectories")} />
          <h2>{t("home.dueSoon")}</h2>
          <DueList items={data.due} caption={t("home.dueSoon")} />
        </>
      );
    case "ADMIN":
      return (
        <>
          <h1>{t("home.admin.title")}</h1>
          <p>{t("home.admin.intro")}</p>
          <h2>{t("home.users")}</h2>
          <ul className="stat-list">
            {data.usersByRole.map((row) => (
              <li key={row.role}>
                {isRole(row.role) ? t(`role.${row.role}`) : row.role}: <strong>{formatNumber(row.count, locale)}</strong>
              </li>
            ))}
          </ul>
          <DataTable caption={t("home.organisations")}>
            <thead>
              <tr>
                <th scope="col">{t("trajectory.organisation")}</th>
                <th scope="col">KvK</th>
                <th scope="col">{t("home.users")}</th>
                <th scope="col">{t("nav.trajectories")}</th>
              </tr>
            </thead>
            <tbody>
              {data.organisations.map((org) => (
                <tr key={org.id}>
                  <td>
                    {org.name} ({org.location})
                  </td>
                  <td>{org.kvkNumber}</td>
                  <td>{formatNumber(org.users, locale)}</td>
                  <td>{formatNumber(org.trajectories, locale)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <Pagination page={data.page} pages={data.pages} />
        </>
      );
  }
}
