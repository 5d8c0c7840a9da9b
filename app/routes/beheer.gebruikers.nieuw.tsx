import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { RoleFields } from "~/components/admin-parts";
import { TextInput, type FormState } from "~/components/form";
import { FormPage } from "~/components/page-shells";
import { StatusError } from "~/components/status-error";
import { InviteUserSchema } from "~/domain/account-forms";
import { inviteUser } from "~/models/admin-users.server";
import { parseAdminForm } from "~/utils/admin-form.server";
import { formFailure } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { requirePermission } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Gebruiker uitnodigen – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  const kvk = new URL(request.url).searchParams.get("kvk") ?? "";
  return { kvk: /^\d{8}$/.test(kvk) ? kvk : "" };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, t, formData, parsed } = await parseAdminForm(request, InviteUserSchema);
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
    <FormPage
      title={t("admin.users.invite")}
      intro={t("admin.users.inviteIntro")}
      state={state}
      submit={t("admin.users.sendInvite")}
      back={{ to: "/beheer/gebruikers", label: t("admin.users.back") }}
    >
      <TextInput name="name" label={t("admin.user.name")} isRequired state={state} />
      <TextInput name="email" type="email" label={t("admin.user.email")} isRequired state={state} />
      <RoleFields role={kvk ? "ORGANISATION" : undefined} organisationKvk={kvk} state={state} />
    </FormPage>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
