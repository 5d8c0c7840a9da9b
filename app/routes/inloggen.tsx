import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FormErrors, SubmitButton, TextInput } from "~/components/form";
import { LoginSchema } from "~/domain/login-form";
import { throttleKeys } from "~/domain/login-throttle";
import { QUERY } from "~/domain/query-params";
import { signInThrottled } from "~/models/user.server";
import { demoDataLoaded } from "~/models/setting.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { assertSameOrigin, safeRedirect } from "~/utils/security.server";
import { createUserSession, deviceCookieFor, getUser, knownDeviceId } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Inloggen – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/");
  const { t } = await getTranslator(request);
  const params = new URL(request.url).searchParams;
  return {
    signedOut: params.has("uitgelogd"),
    passwordSet: params.has("wachtwoord"),
    demoIntro: (await demoDataLoaded()) ? t("login.demoIntro", { password: "toezicht-demo" }) : null,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  assertSameOrigin(request);
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(LoginSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const { email, password, redirectTo } = parsed.data;
  const deviceId = await knownDeviceId(request, email);
  const result = await signInThrottled(email, password, throttleKeys(email, deviceId, context.clientAddress ?? null));
  if (!result.ok && result.reason === "throttled") return formFailure(formData, {}, t("login.throttled", { seconds: result.waitSeconds }), 429);
  if (!result.ok) return formFailure(formData, {}, t("login.failed"), 401);
  return createUserSession(result.userId, safeRedirect(redirectTo, "/"), { request, setCookies: [await deviceCookieFor(email, deviceId ?? undefined)] });
}

export default function Login() {
  const { signedOut, passwordSet, demoIntro } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useI18n();
  return (
    <div className="narrow">
      <h1>{t("login.title")}</h1>
      {signedOut ? <p role="status">{t("logout.done")}</p> : null}
      {passwordSet ? (
        <p role="status" className="notice">
          {t("account.setPassword.done")}
        </p>
      ) : null}
      <p>{t("login.intro")}</p>
      <Form method="post" className="stack" noValidate>
        <FormErrors state={state}>
          <input type="hidden" name="redirectTo" value={params.get(QUERY.returnTo) ?? "/"} />
          <TextInput name="email" type="email" label={t("login.email")} autoComplete="username" isRequired state={state} />
          <TextInput name="password" type="password" label={t("login.password")} autoComplete="current-password" isRequired state={state} />
          <SubmitButton>{t("login.submit")}</SubmitButton>
        </FormErrors>
      </Form>
      <p>
        <Link to="/wachtwoord/vergeten">{t("account.forgot.link")}</Link>
      </p>
      {demoIntro ? (
      <section className="demo-accounts" aria-labelledby="demo-title">
        <h2 id="demo-title">{t("login.demoTitle")}</h2>
        <p>{demoIntro}</p>
        <ul>
          <li>inspecteur@igj.example — {t("role.INSPECTOR")} (Enver)</li>
          <li>inspecteur2@igj.example — {t("role.INSPECTOR")}</li>
          <li>teamleider@igj.example — {t("role.MANAGER")}</li>
          <li>beheer@igj.example — {t("role.ADMIN")}</li>
          <li>enver@enver.example — {t("role.ORGANISATION")} (Enver)</li>
          <li>gebruiker@horizon.example — {t("role.ORGANISATION")} (Horizon)</li>
        </ul>
      </section>
      ) : null}
    </div>
  );
}
