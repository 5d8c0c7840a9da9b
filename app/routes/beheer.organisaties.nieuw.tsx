import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { OrganisationFields } from "~/components/admin-parts";
import type { FormState } from "~/components/form";
import { FormPage } from "~/components/page-shells";
import { StatusError } from "~/components/status-error";
import { OrganisationSchema } from "~/domain/account-forms";
import { createOrganisation, listSectors } from "~/models/admin-organisations.server";
import { parseAdminForm } from "~/utils/admin-form.server";
import { formFailure } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Nieuwe organisatie – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  return { sectors: await listSectors() };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, t, formData, parsed } = await parseAdminForm(request, OrganisationSchema);
  if (!parsed.ok) return parsed.response;
  const result = await createOrganisation(user.id, parsed.data);
  if (!result.ok) return formFailure(formData, { [result.field]: [t(result.message)] });
  return redirect(`/beheer/organisaties/${result.id}?opgeslagen=1`);
}

export default function NewOrganisation() {
  const { sectors } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const { t } = useI18n();
  return (
    <FormPage title={t("admin.orgs.new")} state={state} submit={t("admin.save")} back={{ to: "/beheer/organisaties", label: t("admin.orgs.back") }}>
      <OrganisationFields sectors={sectors} state={state} />
    </FormPage>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
