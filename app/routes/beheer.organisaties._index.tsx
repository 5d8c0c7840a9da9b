import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { SubmitButton, TextInput } from "~/components/form";
import { ActiveStatusFilter } from "~/components/admin-parts";
import { Pagination } from "~/components/pagination";
import { StatusError } from "~/components/status-error";
import { pageCount, pageRequest } from "~/domain/pagination";
import { formatNumber } from "~/i18n";
import { listOrganisations } from "~/models/admin-organisations.server";
import { useI18n } from "~/utils/i18n";
import { requirePermission } from "~/utils/session.server";
import { DataTable } from "~/components/data-table";

export const meta: MetaFunction = () => [{ title: "Organisaties – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  const params = new URL(request.url).searchParams;
  const q = (params.get("q") ?? "").trim().slice(0, 100);
  const status = params.get("status") === "actief" ? "active" : params.get("status") === "inactief" ? "inactive" : "";
  const page = pageRequest(params);
  const { organisations, total } = await listOrganisations({ q, status }, page);
  return { organisations, total, q, status: params.get("status") ?? "", page: page.page, pages: pageCount(total, page.pageSize) };
}

export default function Organisations() {
  const { organisations, total, q, status, page, pages } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <>
      <h1>{t("admin.orgs.title")}</h1>
      <p>
        <Link to="/beheer/organisaties/nieuw">{t("admin.orgs.new")}</Link> · <Link to="/beheer/sectoren">{t("admin.sectors.title")}</Link>
      </p>
      <Form method="get" className="filters" role="search" aria-label={t("admin.orgs.search")}>
        <TextInput name="q" type="search" label={t("admin.orgs.searchLabel")} defaultValue={q} />
        <ActiveStatusFilter value={status} />
        <SubmitButton variant="secondary">{t("admin.filter")}</SubmitButton>
      </Form>
      <p role="status">{t("admin.orgs.count", { count: formatNumber(total, locale) })}</p>
      <DataTable caption={t("admin.orgs.title")}>
        <thead>
          <tr>
            <th scope="col">{t("admin.org.name")}</th>
            <th scope="col">{t("admin.org.kvk")}</th>
            <th scope="col">{t("admin.org.sector")}</th>
            <th scope="col">{t("admin.org.location")}</th>
            <th scope="col">{t("admin.users.title")}</th>
            <th scope="col">{t("nav.trajectories")}</th>
            <th scope="col">{t("admin.status")}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </DataTable>
      <Pagination page={page} pages={pages} />
    </>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
