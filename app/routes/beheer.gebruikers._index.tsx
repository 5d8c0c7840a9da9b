import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { SelectInput, TextInput } from "~/components/form";
import { ActiveStatusFilter, AdminSearch } from "~/components/admin-parts";
import { DataTable, ListPage } from "~/components/page-shells";
import { StatusError } from "~/components/status-error";
import { statusParam, userFilters } from "~/domain/account-forms";
import { pageRequest, pagingOf } from "~/domain/pagination";
import { isRole, ROLES } from "~/domain/roles";
import { formatDateTime, formatNumber } from "~/i18n";
import { listUsers, organisationsWithUsers } from "~/models/admin-users.server";
import { useI18n } from "~/utils/i18n";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Gebruikers – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  const params = new URL(request.url).searchParams;
  const filters = userFilters(params);
  const page = pageRequest(params);
  const [{ users, total }, organisations] = await Promise.all([listUsers(filters, page), organisationsWithUsers()]);
  return { users, total, organisations, filters: { ...filters, status: statusParam(filters.status) }, paging: pagingOf(page, total) };
}

export default function Users() {
  const { users, total, organisations, filters, paging } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <ListPage
      title={t("admin.users.title")}
      intro={t("admin.users.intro")}
      action={{ to: "/beheer/gebruikers/nieuw", label: t("admin.users.invite") }}
      filters={
        <AdminSearch label={t("admin.users.search")}>
          <TextInput name="q" type="search" label={t("admin.users.searchLabel")} defaultValue={filters.q} />
          <SelectInput name="rol" label={t("admin.user.role")} defaultValue={filters.role} placeholder={t("admin.all")} options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
          <SelectInput
            name="organisatie"
            label={t("admin.user.organisation")}
            defaultValue={filters.organisationId}
            placeholder={t("admin.all")}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          />
          <ActiveStatusFilter value={filters.status} />
        </AdminSearch>
      }
      status={<p role="status">{t("admin.users.count", { count: formatNumber(total, locale) })}</p>}
      empty={users.length === 0 ? t("admin.users.empty") : null}
      paging={paging}
    >
      <DataTable
        caption={t("admin.users.title")}
        columns={[t("admin.user.name"), t("admin.user.email"), t("admin.user.role"), t("admin.user.organisation"), t("admin.user.lastSignIn"), t("admin.status")]}
      >
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
      </DataTable>
    </ListPage>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
