import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { TextInput } from "~/components/form";
import { ActiveStatusFilter, AdminSearch } from "~/components/admin-parts";
import { DataTable, ListPage } from "~/components/page-shells";
import { StatusError } from "~/components/status-error";
import { listSearch, statusParam } from "~/domain/account-forms";
import { pageRequest, pagingOf } from "~/domain/pagination";
import { formatNumber } from "~/i18n";
import { listOrganisations } from "~/models/admin-organisations.server";
import { useI18n } from "~/utils/i18n";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Organisaties – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  const params = new URL(request.url).searchParams;
  const filters = listSearch(params);
  const page = pageRequest(params);
  const { organisations, total } = await listOrganisations(filters, page);
  return { organisations, total, q: filters.q, status: statusParam(filters.status), paging: pagingOf(page, total) };
}

export default function Organisations() {
  const { organisations, total, q, status, paging } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <ListPage
      title={t("admin.orgs.title")}
      intro={
        <>
          {t("admin.orgs.intro")} <Link to="/beheer/sectoren">{t("admin.sectors.title")}</Link>.
        </>
      }
      action={{ to: "/beheer/organisaties/nieuw", label: t("admin.orgs.new") }}
      filters={
        <AdminSearch label={t("admin.orgs.search")}>
          <TextInput name="q" type="search" label={t("admin.orgs.searchLabel")} defaultValue={q} />
          <ActiveStatusFilter value={status} />
        </AdminSearch>
      }
      status={<p role="status">{t("admin.orgs.count", { count: formatNumber(total, locale) })}</p>}
      empty={organisations.length === 0 ? t("admin.orgs.empty") : null}
      paging={paging}
    >
      <DataTable
        caption={t("admin.orgs.title")}
        columns={[t("admin.org.name"), t("admin.org.kvk"), t("admin.org.sector"), t("admin.org.location"), t("admin.users.title"), t("nav.trajectories"), t("admin.status")]}
      >
        {organisations.map((org) => (
          <tr key={org.id}>
            <th scope="row">
              <Link to={`/beheer/organisaties/${org.id}`}>{org.name}</Link>
            </th>
            <td>{org.kvkNumber}</td>
            <td>{org.sector}</td>
            <td>{org.location}</td>
            <td>{formatNumber(org.users, locale)}</td>
            <td>{formatNumber(org.trajectories, locale)}</td>
            <td>{org.active ? t("admin.active") : t("admin.inactive")}</td>
          </tr>
        ))}
      </DataTable>
    </ListPage>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
