import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FormErrors, SubmitButton, TextInput, type FormState } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { SectorSchema } from "~/domain/account-forms";
import { addSector, listSectors } from "~/models/admin-organisations.server";
import { parseAdminForm } from "~/utils/admin-form.server";
import { formFailure } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Sectoren – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  return { sectors: await listSectors() };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, t, formData, parsed } = await parseAdminForm(request, SectorSchema);
  if (!parsed.ok) return parsed.response;
  if (!(await addSector(user.id, parsed.data.name)).ok) return formFailure(formData, { name: [t("admin.sectors.taken")] });
  return redirect("/beheer/sectoren?toegevoegd=1");
}

export default function Sectors() {
  const { sectors } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const [params] = useSearchParams();
  const { t } = useI18n();
  return (
    <div className="narrow">
      <h1>{t("admin.sectors.title")}</h1>
      <p>{t("admin.sectors.intro")}</p>
      {params.has("toegevoegd") ? (
        <p role="status" className="notice">
          {t("admin.saved")}
        </p>
      ) : null}
      <ul>
        {sectors.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <h2>{t("admin.sectors.add")}</h2>
      <Form method="post" className="stack" noValidate>
        <FormErrors state={state}>
          <TextInput name="name" label={t("admin.sectors.name")} isRequired state={state} />
          <SubmitButton>{t("admin.sectors.add")}</SubmitButton>
        </FormErrors>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
