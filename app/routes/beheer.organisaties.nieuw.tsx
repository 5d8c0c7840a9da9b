import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { OrganisationFields } from "~/components/admin-parts";
import { FormErrors, SubmitButton, type FormState } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { OrganisationSchema } from "~/domain/account-forms";
import { createOrganisation, listSectors } from "~/models/admin-organisations.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Nieuwe organisatie – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  return { sectors: await listSectors() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireActionUser(request, "admin:manage");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(OrganisationSchema, formData, t);
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
    <div className="narrow">
      <h1>{t("admin.orgs.new")}</h1>
      <Form method="post" className="stack" noValidate>
        <FormErrors state={state}>
          <OrganisationFields sectors={sectors} state={state} />
          <SubmitButton>{t("admin.save")}</SubmitButton>
        </FormErrors>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
