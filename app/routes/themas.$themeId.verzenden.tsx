import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxInput, RadioGroupInput } from "~/components/choice-fields";
import { FormErrors, SubmitButton, TextInput, type FormState } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { ThemeTabs } from "~/components/theme-parts";
import { addDays, todayIso } from "~/domain/dates";
import { isEditable } from "~/domain/theme";
import { SendSchema, chosenOrganisations } from "~/domain/theme-forms";
import { formatDate, formatNumber } from "~/i18n";
import { countRecipients, getThemeDetails, mayWriteTheme, requireThemeAccess, sectorOrganisations, sendRequest } from "~/models/theme.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { revalidateAfterConflict } from "~/utils/revalidate";
import { requireActionUser, requireUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Uitvraag verzenden – Toezichtspoor" }];

/** More organisations than this: the subset is not offered as checkboxes (send to the sector). */
const MAX_CHOOSABLE = 500;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const visible = await requireThemeAccess(user, params.themeId, "write");
  const [theme, sector] = await Promise.all([getThemeDetails(visible.id), sectorOrganisations(visible.sector, MAX_CHOOSABLE)]);
  if (!theme) throw new Response("Not found", { status: 404 });
  return { theme, sector, editable: isEditable(visible.status) && mayWriteTheme(user, visible), defaultDeadline: addDays(todayIso(), 42) };
}

type Confirm = { confirm: { count: number; requestDeadline: string; recipients: "SECTOR" | "CHOSEN"; chosen: string[] } };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const theme = await requireThemeAccess(user, params.themeId, "write");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(SendSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const chosen = parsed.data.recipients === "CHOSEN" ? chosenOrganisations(formData) : null;
  if (chosen && chosen.length === 0) return formFailure(formData, { recipients: [t("themes.send.noneChosen")] });
  if (!parsed.data.confirmed) {
    // The first step only counts: sending cannot be undone, so the user confirms the number.
    const count = await countRecipients(theme, chosen);
    if (count === 0) return formFailure(formData, { recipients: [t("themes.send.noRecipients")] });
    return { confirm: { count, requestDeadline: parsed.data.requestDeadline, recipients: parsed.data.recipients, chosen: chosen ?? [] } } satisfies Confirm;
  }
  const result = await sendRequest(user.id, theme, { requestDeadline: parsed.data.requestDeadline, chosen, version: parsed.data.version });
  if (result.ok) return redirect(`/themas/${theme.id}?verzonden=${result.count}`);
  const message = { conflict: "themes.conflict", frozen: "themes.frozen", noQuestions: "themes.send.noQuestions", noRecipients: "themes.send.noRecipients" } as const;
  return formFailure(formData, {}, t(message[result.reason]), result.reason === "conflict" || result.reason === "frozen" ? 409 : 400);
}

function Confirmation({ confirm, version, themeId }: Confirm & { version: number; themeId: string }) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="confirm-send" className="notice">
      <h2 id="confirm-send">{t("themes.send.confirmTitle")}</h2>
      <p role="status">{t("themes.send.confirmText", { count: formatNumber(confirm.count, locale), date: formatDate(confirm.requestDeadline, locale) })}</p>
      <p>{t("themes.send.irreversible")}</p>
      <Form method="post">
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="requestDeadline" value={confirm.requestDeadline} />
        <input type="hidden" name="recipients" value={confirm.recipients} />
        {confirm.chosen.map((id) => (
          <input key={id} type="hidden" name={`org.${id}`} value="on" />
        ))}
        <input type="hidden" name="confirmed" value="yes" />
        <SubmitButton>{t("themes.send.confirmButton", { count: formatNumber(confirm.count, locale) })}</SubmitButton>
      </Form>
      <p>
        <Link to={`/themas/${themeId}/verzenden`}>{t("themes.send.cancel")}</Link>
      </p>
    </section>
  );
}

export default function SendRequest() {
  const { theme, sector, editable, defaultDeadline } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>() as (FormState & Partial<Confirm>) | undefined;
  const { t, locale } = useI18n();
  return (
    <>
      <h1>{t("themes.send.title", { title: theme.title })}</h1>
      <ThemeTabs themeId={theme.id} />
      {!editable ? (
        <p>{theme.sentAt ? t("themes.send.alreadySent", { date: formatDate(theme.requestDeadline ?? "", locale) }) : t("themes.frozen")}</p>
      ) : state?.confirm ? (
        <Confirmation confirm={state.confirm} version={theme.version} themeId={theme.id} />
      ) : (
        <div className="narrow-wide">
          <p>{t("themes.send.intro", { count: formatNumber(theme.questions.length, locale) })}</p>
          {theme.questions.length === 0 ? <p className="notice">{t("themes.send.noQuestions")}</p> : null}
          <Form method="post" className="stack" noValidate>
            <FormErrors state={state}>
              <input type="hidden" name="version" value={theme.version} />
              <TextInput name="requestDeadline" type="date" label={t("themes.field.deadline")} defaultValue={defaultDeadline} isRequired state={state} />
              <RadioGroupInput
                name="recipients"
                label={t("themes.send.recipients")}
                defaultValue="SECTOR"
                isRequired
                state={state}
                options={[
                  { value: "SECTOR", label: t("themes.send.wholeSector", { sector: theme.sector, count: formatNumber(sector.total, locale) }) },
                  { value: "CHOSEN", label: t("themes.send.chosen") },
                ]}
              />
              {sector.total <= MAX_CHOOSABLE ? (
                <fieldset className="fieldset">
                  <legend>{t("themes.send.chooseLegend")}</legend>
                  {sector.organisations.map((o) => (
                    <CheckboxInput key={o.id} name={`org.${o.id}`} label={`${o.name} (${o.location})`} state={state} />
                  ))}
                </fieldset>
              ) : (
                <p>{t("themes.send.tooManyToChoose", { max: formatNumber(MAX_CHOOSABLE, locale) })}</p>
              )}
              <SubmitButton>{t("themes.send.next")}</SubmitButton>
            </FormErrors>
          </Form>
        </div>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}

export const shouldRevalidate = revalidateAfterConflict;
