import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SelectInput, TextInput } from "~/components/form";
import { AdminSearch } from "~/components/admin-parts";
import { AuditEventTable } from "~/components/audit-changes";
import { ListPage } from "~/components/page-shells";
import { StatusError } from "~/components/status-error";
import { auditChanges } from "~/domain/audit-diff";
import { parseDateInput } from "~/domain/dates";
import { pageRequest, pagingOf } from "~/domain/pagination";
import { formatNumber } from "~/i18n";
import { ACTIVITY_ENTITIES, activityActors, listActivity } from "~/models/admin-activity.server";
import { useI18n } from "~/utils/i18n";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Activiteit – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  const params = new URL(request.url).searchParams;
  const entityParam = params.get("onderwerp") ?? "";
  const filters = {
    entity: (ACTIVITY_ENTITIES as readonly string[]).includes(entityParam) ? entityParam : "",
    actorId: (params.get("door") ?? "").slice(0, 100),
    // Typed as the app shows dates ("3 maart 2026", "3-3-2026") or as an ISO day.
    from: parseDateInput(params.get("van") ?? "") ?? undefined,
    to: parseDateInput(params.get("tot") ?? "") ?? undefined,
  };
  const page = pageRequest(params, 50);
  const [{ events, total }, actors] = await Promise.all([listActivity(filters, page), activityActors()]);
  return {
    events: events.map((e) => ({ ...e, changes: auditChanges(e.before, e.after) })),
    total,
    actors,
    filters: { ...filters, from: filters.from ?? "", to: filters.to ?? "" },
    paging: pagingOf(page, total),
  };
}

export default function Activity() {
  const { events, total, actors, filters, paging } = useLoaderData<typeof loader>();
  const { t, tOr, locale } = useI18n();
  const entityLabel = (entity: string) => tOr(`admin.entity.${entity}`, entity);
  return (
    <ListPage
      title={t("admin.activity.title")}
      intro={t("admin.activity.intro")}
      filters={
        <AdminSearch label={t("admin.activity.filters")}>
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
        </AdminSearch>
      }
      status={<p role="status">{t("admin.activity.count", { count: formatNumber(total, locale) })}</p>}
      empty={events.length === 0 ? t("admin.activity.empty") : null}
      paging={paging}
    >
      <AuditEventTable
        caption={t("admin.activity.title")}
        events={events}
        what={(event) => `${tOr(`admin.action.${event.action}`, event.action)} (${entityLabel(event.entity)})`}
      />
    </ListPage>
  );
}

export const ErrorBoundary = StatusError;
