import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { SelectInput, SubmitButton, TextInput } from "~/components/form";
import { AuditChangeList } from "~/components/audit-changes";
import { Pagination } from "~/components/pagination";
import { StatusError } from "~/components/status-error";
import { auditChanges } from "~/domain/audit-diff";
import { isIsoDate } from "~/domain/dates";
import { pageCount, pageRequest } from "~/domain/pagination";
import { catalogues, formatDateTime, formatNumber, type MessageKey } from "~/i18n";
import { ACTIVITY_ENTITIES, activityActors, listActivity } from "~/models/admin-activity.server";
import { useI18n } from "~/utils/i18n";
import { requirePermission } from "~/utils/session.server";
import { DataTable } from "~/components/data-table";

export const meta: MetaFunction = () => [{ title: "Activiteit – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  const params = new URL(request.url).searchParams;
  const entityParam = params.get("onderwerp") ?? "";
  const from = params.get("van") ?? "";
  const to = params.get("tot") ?? "";
  const filters = {
    entity: (ACTIVITY_ENTITIES as readonly string[]).includes(entityParam) ? entityParam : "",
    actorId: (params.get("door") ?? "").slice(0, 100),
    from: isIsoDate(from) ? from : undefined,
    to: isIsoDate(to) ? to : undefined,
  };
  const page = pageRequest(params, 50);
  const [{ events, total }, actors] = await Promise.all([listActivity(filters, page), activityActors()]);
  return {
    events: events.map((e) => ({ ...e, changes: auditChanges(e.before, e.after) })),
    total,
    actors,
    filters: { ...filters, from: filters.from ?? "", to: filters.to ?? "" },
    page: page.page,
    pages: pageCount(total, page.pageSize),
  };
}

function label(prefix: string, value: string): MessageKey | null {
  const key = `${prefix}${value}`;
  return key in catalogues.nl ? (key as MessageKey) : null;
}

export default function Activity() {
  const { events, total, actors, filters, page, pages } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  const entityLabel = (entity: string) => {
    const key = label("admin.entity.", entity);
    return key ? t(key) : entity;
  };
  return (
    <>
      <h1>{t("admin.activity.title")}</h1>
      <p>{t("admin.activity.intro")}</p>
      <Form method="get" className="filters" role="search" aria-label={t("admin.activity.filters")}>
        <SelectInput
          name="onderwerp"
          label={t("admin.activity.entity")}
          defaultValue={filters.entity}
          placeholder={t("admin.all")}
          options={ACTIVITY_ENTITIES.map((e) => ({ value: e, label: entityLabel(e) }))}
        />
        <SelectInput name="door" label={t("history.who")} defaultValue={filters.actorId} placeholder={t("admin.all")} options={actors.map((a) => ({ value: a.id, label: a.name }))} />
        <TextInput name="van" type="date" label={t("admin.activity.from")} defaultValue={filters.from} />
        <TextInput name="tot" type="date" label={t("admin.activity.to")} defaultValue={filters.to} />
        <SubmitButton variant="secondary">{t("admin.filter")}</SubmitButton>
      </Form>
      <p role="status">{t("admin.activity.count", { count: formatNumber(total, locale) })}</p>
      <DataTable caption={t("admin.activity.title")}>
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
            const action = label("admin.action.", event.action);
            return (
              <tr key={event.id}>
                <td>{formatDateTime(event.createdAt, locale)}</td>
                <td>{event.actor?.name ?? t("history.system")}</td>
                <td>
                  {action ? t(action) : event.action} ({entityLabel(event.entity)})
                </td>
                <td>
                  <AuditChangeList changes={event.changes} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </DataTable>
      <Pagination page={page} pages={pages} />
    </>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
