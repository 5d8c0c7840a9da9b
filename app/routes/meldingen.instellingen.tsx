import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CheckboxInput, RadioGroupInput } from "~/components/choice-fields";
import { FormErrors, SubmitButton, type FormState } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { mutedFrom, NotificationSettingsSchema } from "~/domain/notification-forms";
import { MODES, MUTABLE_KINDS, receiveField } from "~/domain/notifications";
import type { MessageKey } from "~/i18n";
import { hasCalendarToken, regenerateCalendarToken } from "~/models/calendar-feed.server";
import { getPreference, savePreference } from "~/models/notification.server";
import { appUrl } from "~/utils/mail-transport.server";
import { parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Instellingen voor meldingen – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { locale, preference } = await getPreference(user.id);
  // The form's starting values: the mode, and a ticked box for every kind not switched off.
  const values: Record<string, string> = { mode: preference.mode };
  for (const kind of MUTABLE_KINDS) if (!preference.mutedKinds.includes(kind)) values[receiveField(kind)] = "on";
  return { locale, values, hasCalendar: await hasCalendarToken(user.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  if (formData.get("intent") === "calendar") {
    // Shown once, in this answer only: the database keeps the token's hash.
    const token = await regenerateCalendarToken(user.id);
    return { calendarUrl: `${appUrl()}/agenda/${token}` };
  }
  const parsed = parseForm(NotificationSettingsSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  await savePreference(user.id, { mode: parsed.data.mode, mutedKinds: mutedFrom(formData) });
  return redirect("/meldingen/instellingen?opgeslagen=1");
}

export default function NotificationSettings() {
  const { locale, values, hasCalendar } = useLoaderData<typeof loader>();
  const answer = useActionData<FormState & { calendarUrl?: string }>();
  const calendarUrl = answer?.calendarUrl;
  const failed = calendarUrl ? undefined : answer;
  const state: FormState = failed ?? { values };
  const [params] = useSearchParams();
  const { t } = useI18n();
  return (
    <div className="narrow">
      <h1>{t("notify.settings.title")}</h1>
      {params.has("opgeslagen") ? (
        <p role="status" className="notice">
          {t("notify.settings.saved")}
        </p>
      ) : null}
      <p>{t("notify.settings.intro")}</p>
      <p>{t("notify.settings.language", { language: t(`notify.language.${locale}`) })}</p>
      <Form method="post" className="stack" noValidate>
        <FormErrors state={failed}>
          <RadioGroupInput
            name="mode"
            label={t("notify.settings.mode")}
            options={MODES.map((mode) => ({ value: mode, label: t(`notify.settings.mode.${mode}`) }))}
            state={state}
            isRequired
          />
          <fieldset className="field">
            <legend>{t("notify.settings.kinds")}</legend>
            {MUTABLE_KINDS.map((kind) => (
              <CheckboxInput key={kind} name={receiveField(kind)} label={t("notify.settings.receive", { kind: t(`notify.kind.${kind}` as MessageKey) })} state={state} />
            ))}
            <p>{t("notify.settings.always")}</p>
          </fieldset>
          <SubmitButton>{t("notify.settings.save")}</SubmitButton>
        </FormErrors>
      </Form>
      <h2>{t("notify.ics.title")}</h2>
      <p>{t("notify.ics.intro")}</p>
      {calendarUrl ? (
        <div role="status" className="notice">
          <p>{t("notify.ics.made")}</p>
          <p>
            <code className="handover-link">{calendarUrl}</code>
          </p>
        </div>
      ) : hasCalendar ? (
        <p>{t("notify.ics.active")}</p>
      ) : null}
      <Form method="post">
        <SubmitButton name="intent" value="calendar" variant="secondary">
          {t("notify.ics.make")}
        </SubmitButton>
      </Form>
      <p>
        <Link to="/meldingen">{t("notify.inbox.title")}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
