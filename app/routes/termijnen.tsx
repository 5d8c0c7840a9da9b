import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { DueList } from "~/components/due-list";
import { SelectInput, SubmitButton, TextInput } from "~/components/form";
import { Pagination } from "~/components/pagination";
import { DUE_KINDS, isDueKind } from "~/domain/deadlines";
import { pageCount, pageRequest } from "~/domain/pagination";
import { formatNumber } from "~/i18n";
import { dueItemsPage, dueScopeFor } from "~/models/deadline.server";
import { useI18n } from "~/utils/i18n";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Termijnen – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "trajectory:read");
  const params = new URL(request.url).searchParams;
  const kind = params.get("kind") ?? "";
  const overdueOnly = params.get("overdue") === "1";
  // References are stored in capitals; people type "vt-2025-001" too. The scope still applies.
  const reference = params.get("traject")?.trim().toUpperCase().slice(0, 40) ?? "";
  const page = pageRequest(params);
  // Inspectors see their own work by default, but may read every trajectory: asked for one
  // by reference, they get its deadlines even when they are not on its team.
  const scope = reference && user.role === "INSPECTOR" ? ({ kind: "all" } as const) : dueScopeFor(user);
  const { items, total } = await dueItemsPage(
    scope,
    { kinds: isDueKind(kind) ? [kind] : undefined, overdueOnly, reference: reference || undefined },
    page,
  );
  return { items, total, page: page.page, pages: pageCount(total, page.pageSize), kind: isDueKind(kind) ? kind : "", overdueOnly, reference, role: user.role };
}

export default function Deadlines() {
  const { items, total, page, pages, kind, overdueOnly, reference, role } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <>
      <h1>{t("deadlines.title")}</h1>
      <p>{t(role === "INSPECTOR" ? "deadlines.introInspector" : role === "ORGANISATION" ? "deadlines.introOrganisation" : "deadlines.introAll")}</p>
      <Form method="get" className="filters" aria-label={t("deadlines.filters")}>
        <SelectInput
          name="kind"
          label={t("due.what")}
          placeholder={t("deadlines.anyKind")}
          defaultValue={kind}
          options={DUE_KINDS.map((k) => ({ value: k, label: t(`due.kind.${k}`) }))}
        />
        <SelectInput
          name="overdue"
          label={t("deadlines.show")}
          defaultValue={overdueOnly ? "1" : ""}
          options={[
            { value: "", label: t("deadlines.showAll") },
            { value: "1", label: t("deadlines.showOverdue") },
          ]}
        />
        <TextInput name="traject" label={t("deadlines.trajectory")} description={t("deadlines.trajectoryHelp")} defaultValue={reference} />
        <SubmitButton variant="secondary">{t("trajectories.apply")}</SubmitButton>
      </Form>
      <p role="status">{t("deadlines.count", { count: formatNumber(total, locale) })}</p>
      <DueList items={items} caption={t("deadlines.title")} />
      <Pagination page={page} pages={pages} />
    </>
  );
}
