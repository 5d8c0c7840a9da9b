import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { FormErrors, SubmitButton, TextInput, type FormState } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { ForgotPasswordSchema } from "~/domain/account-forms";
import { requestPasswordReset } from "~/models/admin-account-links.server";
import { parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { assertSameOrigin } from "~/utils/security.server";
import { getUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Wachtwoord vergeten – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/account/wachtwoord");
  return null;
}

/** The same answer whether or not the address belongs to an account: it tells nobody which addresses exist. */
export async function action({ request }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(ForgotPasswordSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  await requestPasswordReset(parsed.data.email, new URL(request.url).origin);
  return redirect("/wachtwoord/vergeten?verstuurd=1");
}

export default function ForgotPassword() {
  const state = useActionData<FormState>();
  const [params] = useSearchParams();
  const { t } = useI18n();
  return (
    <div className="narrow">
      <h1>{t("account.forgot.title")}</h1>
      {params.has("verstuurd") ? (
        <>
          <p role="status" className="notice">
            {t("account.forgot.sent")}
          </p>
          <p>{t("account.forgot.noTransport")}</p>
          <p>
            <Link to="/inloggen">{t("account.backToSignIn")}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t("account.forgot.intro")}</p>
          <Form method="post" className="stack" noValidate>
            <FormErrors state={state}>
              <TextInput name="email" type="email" label={t("login.email")} autoComplete="username" isRequired state={state} />
              <SubmitButton>{t("account.forgot.submit")}</SubmitButton>
            </FormErrors>
          </Form>
        </>
      )}
    </div>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;
