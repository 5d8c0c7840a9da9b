import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors, SubmitButton, type FormState } from "~/components/form";
import { NewPasswordFields } from "~/components/password-fields";
import { StatusError } from "~/components/status-error";
import { SetPasswordSchema } from "~/domain/account-forms";
import { MIN_PASSWORD_LENGTH } from "~/domain/account-rules";
import type { MessageKey } from "~/i18n";
import { accountLink, setPasswordWithLink } from "~/models/admin-account-links.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { assertSameOrigin } from "~/utils/security.server";

export const meta: MetaFunction = () => [{ title: "Wachtwoord instellen – Toezichtspoor" }, { name: "referrer", content: "same-origin" }];

const STATE_MESSAGE: Record<"expired" | "used" | "unknown", MessageKey> = {
  expired: "account.link.expired",
  used: "account.link.used",
  unknown: "account.link.unknown",
};

// The token is in the path, so the page sends its address to no other site (meta above:
// "same-origin"; "no-referrer" would also blank the Origin of its own form post) and links to nothing else.
export async function loader({ params }: LoaderFunctionArgs) {
  const link = await accountLink(params.token ?? "");
  if (link.state !== "valid") return { state: link.state, purpose: null, name: null, email: null };
  return { state: link.state, purpose: link.purpose ?? "INVITATION", name: link.name ?? "", email: link.email ?? "" };
}

export async function action({ request, params }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(SetPasswordSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const result = await setPasswordWithLink(params.token ?? "", parsed.data.password);
  if (result.ok) return redirect("/inloggen?wachtwoord=1");
  if ("problem" in result) return formFailure(formData, { password: [t(result.problem, { min: MIN_PASSWORD_LENGTH })] });
  return formFailure(formData, {}, t(STATE_MESSAGE[result.state]), 410);
}

export default function SetPassword() {
  const link = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const { t } = useI18n();
  if (link.state !== "valid") {
    return (
      <div className="narrow">
        <h1>{t("account.link.title")}</h1>
        <p role="alert">{t(STATE_MESSAGE[link.state])}</p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{link.purpose === "RESET" ? t("account.reset.title") : t("account.invitation.title")}</h1>
      <p>{t("account.setPassword.intro", { name: link.name ?? "", email: link.email ?? "" })}</p>
      <p>{t("account.password.rules", { min: MIN_PASSWORD_LENGTH })}</p>
      <Form method="post" className="stack" noValidate>
        <FormErrors state={state}>
          <NewPasswordFields email={link.email ?? ""} state={state} />
          <SubmitButton>{t("account.setPassword.submit")}</SubmitButton>
        </FormErrors>
      </Form>
    </div>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;
