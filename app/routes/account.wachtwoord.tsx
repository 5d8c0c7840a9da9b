import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FormErrors, SubmitButton, TextInput, type FormState } from "~/components/form";
import { NewPasswordFields } from "~/components/password-fields";
import { StatusError } from "~/components/status-error";
import { ChangePasswordSchema } from "~/domain/account-forms";
import { MIN_PASSWORD_LENGTH } from "~/domain/account-rules";
import { changeOwnPassword } from "~/models/admin-account-links.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser, rotateSession } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Wachtwoord wijzigen – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { email: user.email };
}

/** Needs the current password; afterwards every other session of the account is signed out. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(ChangePasswordSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const result = await changeOwnPassword(user.id, parsed.data.current, parsed.data.password);
  if (!result.ok) return formFailure(formData, { [result.field]: [t(result.message, { min: MIN_PASSWORD_LENGTH })] });
  return redirect("/account/wachtwoord?gewijzigd=1", { headers: { "Set-Cookie": await rotateSession(user.id) } });
}

export default function ChangePassword() {
  const { email } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const [params] = useSearchParams();
  const { t } = useI18n();
  return (
    <div className="narrow">
      <h1>{t("account.change.title")}</h1>
      {params.has("gewijzigd") ? (
        <p role="status" className="notice">
          {t("account.change.done")}
        </p>
      ) : null}
      <p>{t("account.password.rules", { min: MIN_PASSWORD_LENGTH })}</p>
      <Form method="post" className="stack" noValidate>
        <FormErrors state={state}>
          <TextInput name="current" type="password" label={t("account.password.current")} autoComplete="current-password" isRequired state={state} />
          <NewPasswordFields email={email} state={state} />
          <SubmitButton>{t("account.change.submit")}</SubmitButton>
        </FormErrors>
      </Form>
    </div>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;
