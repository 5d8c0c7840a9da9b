import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { SelectInput, SubmitButton, TextInput } from "~/components/form";
import { ActiveStatusFilter } from "~/components/admin-parts";
import { Pagination } from "~/components/pagination";
import { StatusError } from "~/components/status-error";
import { userFilters } from "~/domain/account-forms";
import { pageCount, pageRequest } from "~/domain/pagination";
import { isRole, ROLES } from "~/domain/roles";
import { formatDateTime, formatNumber } from "~/i18n";
import { listUsers, organisationsWithUsers } from "~/models/admin-users.server";
import { useI18n } from "~/utils/i18n";
import { requirePermission } from "~/utils/session.server";
import { DataTable } from "~/components/data-table";

export const meta: MetaFunction = () => [{ title: "Gebruikers – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  const params = new URL(request.url).searchParams;
  const filters = userFilters(params);
  const page = pageRequest(params);
  const [{ users, total }, organisations] = await Promise.all([listUsers(filters, page), organisationsWithUsers()]);
  return { users, total, organisations, filters, status: params.get("status") ?? "", page: page.page, pages: pageCount(total, page.pageSize) };
}

export default function Users() {
  const { users, total, organisations, filters, status, page, pages } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <>
      <h1>{t("admin.users.title")}</h1>
      <p>
        <Link to="/beheer/gebruikers/nieuw">{t("admin.users.invite")}</Link>
      </p>
      <Form method="get" className="filters" role="search" aria-label={t("admin.users.search")}>
        <TextInput name="q" type="search" label={t("admin.users.searchLabel")} defaultValue={filters.q} />
        <SelectInput name="rol" label={t("admin.user.role")} defaultValue={filters.role} placeholder={t("admin.all")} options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        <SelectInput
          name="organisatie"
          label={t("admin.user.organisation")}
          defaultValue={filters.organisationId}
          placeholder={t("admin.all")}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <ActiveStatusFilter value={status} />
        <SubmitButton variant="secondary">{t("admin.filter")}</SubmitButton>
      </Form>
      <p role="status">{t("admin.users.count", { count: formatNumber(total, locale) })}</p>
      <DataTable caption={t("admin.users.title")}>
        <thead>
          <tr>
            <th scope="col">{t("admin.user.name")}</th>
            <th scope="col">{t("admin.user.email")}</th>
            <th scope="col">{t("admin.user.role")}</th>
            <th scope="col">{t("admin.user.organisation")}</th>
            <th scope="col">{t("admin.user.lastSignIn")}</th>
            <th scope="col">{t("admin.status")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <th scope="row">
                <Link to={`/beheer/gebruikers/${u.id}`}>{u.name}</Link>
              </th>
              <td>{u.email}</td>
              <td>{isRole(u.role) ? t(`role.${u.role}`) : u.role}</td>
              <td>{u.organisation?.name ?? "—"}</td>
              <td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt, locale) : t("admin.user.never")}</td>
              <td>{!u.active ? t("admin.inactive") : u.invited ? t("admin.user.invited") : t("admin.active")}</td>
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
