import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DataTable, ListPage } from "~/components/page-shells";
import { StatusError } from "~/components/status-error";
import { ThemeStatusBadge } from "~/components/theme-parts";
import { pageRequest, pagingOf } from "~/domain/pagination";
import { can } from "~/domain/permissions";
import { formatDate, formatNumber } from "~/i18n";
import { listThemes } from "~/models/theme.server";
import { useI18n } from "~/utils/i18n";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Thematisch toezicht – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "theme:read");
  const page = pageRequest(new URL(request.url).searchParams);
  const { themes, total } = await listThemes(page);
  return { themes, paging: pagingOf(page, total), mayCreate: can(user.role, "theme:manage") };
}

export default function Themes() {
  const { themes, paging, mayCreate } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <ListPage
      title={t("themes.title")}
      intro={t("themes.intro")}
      action={mayCreate ? { to: "/themas/nieuw", label: t("themes.new") } : null}
      empty={themes.length === 0 ? t("themes.none") : null}
      paging={paging}
    >
      <DataTable
        caption={t("themes.caption")}
        columns={[t("themes.field.title"), t("themes.field.sector"), t("themes.field.status"), t("themes.field.period"), t("themes.field.lead"), t("themes.field.answers")]}
      >
        {themes.map((theme) => (
          <tr key={theme.id}>
            <td>
              <Link to={`/themas/${theme.id}`}>{theme.title}</Link>
            </td>
            <td>{theme.sector}</td>
            <td>
              <ThemeStatusBadge status={theme.status} />
            </td>
            <td>
              {formatDate(theme.startDate, locale)} – {formatDate(theme.endDate, locale)}
            </td>
            <td>{theme.lead}</td>
            <td>{t("themes.answersCount", { submitted: formatNumber(theme.submitted, locale), total: formatNumber(theme.recipients, locale) })}</td>
          </tr>
        ))}
      </DataTable>
    </ListPage>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
