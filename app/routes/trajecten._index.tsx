import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { SelectInput, SubmitButton, TextInput } from "~/components/form";
import { KeysetPagination } from "~/components/pagination";
import { TrajectoryTable } from "~/components/trajectory-table";
import { TRAJECTORY_STATUSES } from "~/domain/lifecycle";
import { keysetRequest } from "~/domain/keyset";
import { can } from "~/domain/permissions";
import { QUERY } from "~/domain/query-params";
import { parseTrajectoryFilters } from "~/domain/trajectory-filters";
import { formatNumber } from "~/i18n";
import { listTrajectories } from "~/models/trajectory.server";
import { useI18n } from "~/utils/i18n";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Trajecten – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "trajectory:read");
  const params = new URL(request.url).searchParams;
  const filters = parseTrajectoryFilters(params);
  const { rows, ...page } = await listTrajectories(user, filters, keysetRequest(params));
  return {
    rows,
    page,
    filters,
    // Organisation users see only their own trajectories: no inspector filters for them.
    inspectorFilters: user.role !== "ORGANISATION",
    canCreate: can(user.role, "trajectory:create"),
  };
}

export default function Trajectories() {
  const { rows, page, filters, inspectorFilters, canCreate } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <>
      <h1>{t("trajectory.list.title")}</h1>
      {canCreate ? (
        <p>
          <Link to="/trajecten/nieuw" className="button button--primary">
            {t("trajectories.new")}
          </Link>
        </p>
      ) : null}
      <Form method="get" className="filters" role="search" aria-label={t("trajectories.filters")}>
        <TextInput name="q" type="search" label={t("trajectories.search")} defaultValue={filters.q ?? ""} />
        <SelectInput
          name="status"
          label={t("trajectory.status")}
          placeholder={t("trajectories.anyStatus")}
          defaultValue={filters.status ?? ""}
          options={TRAJECTORY_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        {inspectorFilters ? (
          <>
            <TextInput name={QUERY.lead} label={t("trajectory.lead")} defaultValue={filters.lead ?? ""} />
            <SelectInput
              name={QUERY.mine}
              label={t("trajectories.whose")}
              defaultValue={filters.mine ? "1" : ""}
              options={[
                { value: "", label: t("trajectories.all") },
                { value: "1", label: t("trajectories.mine") },
              ]}
            />
          </>
        ) : null}
        <TextInput name={QUERY.organisation} label={t("trajectory.organisation")} defaultValue={filters.organisation ?? ""} />
        <SelectInput
          name={QUERY.sort}
          label={t("trajectories.sort")}
          defaultValue={filters.sort}
          options={[
            { value: "deadline-asc", label: t("trajectories.sortDeadlineAsc") },
            { value: "deadline-desc", label: t("trajectories.sortDeadlineDesc") },
          ]}
        />
        <SubmitButton variant="secondary">{t("trajectories.apply")}</SubmitButton>
      </Form>
      <p role="status">{t("trajectories.count", { count: formatNumber(page.total, locale) })}</p>
      <TrajectoryTable rows={rows} caption={t("trajectory.list.title")} />
      <KeysetPagination page={page} />
    </>
  );
}
