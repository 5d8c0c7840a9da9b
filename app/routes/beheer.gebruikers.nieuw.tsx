import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { RoleFields } from "~/components/admin-parts";
import { FormErrors, SubmitButton, TextInput, type FormState } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { InviteUserSchema } from "~/domain/account-forms";
import { inviteUser } from "~/models/admin-users.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Gebruiker uitnodigen – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  const kvk = new URL(request.url).searchParams.get("kvk") ?? "";
  return { kvk: /^\d{8}$/.test(kvk) ? kvk : "" };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireActionUser(request, "admin:manage");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(InviteUserSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const result = await inviteUser(user.id, parsed.data, new URL(request.url).origin);
  if (!result.ok) return formFailure(formData, { [result.field]: [t(result.message)] });
  return redirect(`/beheer/gebruikers/${result.userId}?uitgenodigd=1`);
}

export default function InviteUser() {
  const { kvk } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const { t } = useI18n();
  return (
    <div className="narrow">
      <h1>{t("admin.users.invite")}</h1>
      <p>{t("admin.users.inviteIntro")}</p>
      <Form method="post" className="stack" noValidate>
        <FormErrors state={state}>
          <TextInput name="name" label={t("admin.user.name")} isRequired state={state} />
          <TextInput name="email" type="email" label={t("admin.user.email")} isRequired state={state} />
          <RoleFields role={kvk ? "ORGANISATION" : undefined} organisationKvk={kvk} state={state} />
          <SubmitButton>{t("admin.users.sendInvite")}</SubmitButton>
        </FormErrors>
      </Form>
    </div>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
