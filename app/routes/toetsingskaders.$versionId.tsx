import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { IntentForm, SubmitButton, TextAreaInput, TextInput, type FormState } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { todayIso } from "~/domain/dates";
import { NewVersionSchema, NormSchema } from "~/domain/framework-forms";
import { can } from "~/domain/permissions";
import { formatDate } from "~/i18n";
import { FrameworkInUseError, createNextVersion, deleteNorm, getFrameworkVersion, saveNorm } from "~/models/framework.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requirePermission } from "~/utils/session.server";
import { revalidateAfterConflict } from "~/utils/revalidate";

export const meta: MetaFunction<typeof loader> = ({ data: d }) => [
  { title: d ? `${d.version.framework.name} v${d.version.version} – Toezichtspoor` : "Toezichtspoor" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "framework:read");
  const version = await getFrameworkVersion(params.versionId ?? "");
  if (!version) throw new Response("Not found", { status: 404 });
  return { version, canManage: can(user.role, "framework:manage"), today: todayIso() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request, "framework:manage");
  const { t } = await getTranslator(request);
  const version = await getFrameworkVersion(params.versionId ?? "");
  if (!version) throw new Response("Not found", { status: 404 });
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "new-version") {
    const parsed = parseForm(NewVersionSchema, formData, t);
    if (!parsed.ok) return parsed.response;
    return redirect(`/toetsingskaders/${await createNextVersion(user.id, version.id, parsed.data.effectiveDate)}`);
  }
  try {
    if (intent === "delete-norm") {
      await deleteNorm(user.id, version.id, String(formData.get("normId") ?? ""));
      return redirect(`/toetsingskaders/${version.id}`);
    }
    const parsed = parseForm(NormSchema, formData, t);
    if (!parsed.ok) return parsed.response;
    const normId = formData.get("normId");
    const saved = await saveNorm(user.id, version.id, typeof normId === "string" && normId ? normId : null, parsed.data);
    if (!saved.ok) return formFailure(formData, { code: [t("frameworks.codeTaken")] });
    return redirect(`/toetsingskaders/${version.id}`);
  } catch (error) {
    // A version in use never changes: answer 409 and point at "new version".
    if (error instanceof FrameworkInUseError) return formFailure(formData, {}, t("frameworks.inUse"), 409);
    throw error;
  }
}

function NormFields({ state, norm }: { state: FormState | undefined; norm?: { code: string; title: string; description: string; criteria: string; order: number } }) {
  const { t } = useI18n();
  return (
    <>
      <TextInput name="code" label={t("frameworks.code")} defaultValue={norm?.code} isRequired state={state} />
      <TextInput name="title" label={t("frameworks.normTitle")} defaultValue={norm?.title} isRequired state={state} />
      <TextAreaInput name="description" label={t("frameworks.description")} defaultValue={norm?.description} rows={3} isRequired state={state} />
      <TextAreaInput name="criteria" label={t("frameworks.criteria")} description={t("frameworks.criteriaHelp")} defaultValue={norm?.criteria} rows={4} state={state} />
      <TextInput name="order" type="number" label={t("frameworks.order")} defaultValue={norm ? String(norm.order) : undefined} isRequired state={state} />
    </>
  );
}

export default function FrameworkVersion() {
  const { version, canManage, today } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const { t, locale } = useI18n();
  const editable = canManage && !version.inUse;
  const failedNormId = state?.values?.normId;
  return (
    <>
      <p>
        <Link to="/toetsingskaders">{t("frameworks.backToList")}</Link>
      </p>
      <h1>
        {version.framework.name} – {t("frameworks.versionN", { version: version.version })}
      </h1>
      <p>
        {t("frameworks.effectiveDate")}: {formatDate(version.effectiveDate, locale)} · {version.framework.sector}
      </p>
      {version.illustrative ? <p className="notice">{t("trajectory.illustrative")}</p> : null}
      {version.inUse ? <p className="notice">{t("frameworks.inUseNotice")}</p> : null}
      {state?.formError && !failedNormId ? (
        <div className="error-summary" role="alert">
          <p>{state.formError}</p>
        </div>
      ) : null}
      <ol className="norm-list">
        {version.norms.map((norm) => (
          <li key={norm.id}>
            <h2>
              {norm.code} {norm.title}
            </h2>
            <p className="prose">{norm.description}</p>
            {norm.criteria ? (
              <>
                <h3>{t("frameworks.criteria")}</h3>
                <ul>
                  {norm.criteria.split("\n").filter(Boolean).map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </>
            ) : null}
            {editable ? (
              <details open={failedNormId === norm.id}>
                <summary>{t("frameworks.editNorm", { code: norm.code })}</summary>
                <IntentForm intent="save-norm" state={failedNormId === norm.id ? state : undefined} submit={t("frameworks.saveNorm")}>
                  <input type="hidden" name="normId" value={norm.id} />
                  <NormFields state={failedNormId === norm.id ? state : undefined} norm={norm} />
                </IntentForm>
                <Form method="post">
                  <input type="hidden" name="intent" value="delete-norm" />
                  <input type="hidden" name="normId" value={norm.id} />
                  <SubmitButton variant="secondary">{t("frameworks.deleteNorm", { code: norm.code })}</SubmitButton>
                </Form>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
      {editable ? (
        <section aria-labelledby="add-norm">
          <h2 id="add-norm">{t("frameworks.addNorm")}</h2>
          <IntentForm intent="save-norm" state={state && !failedNormId && state.values?.intent === "save-norm" ? state : undefined} submit={t("frameworks.addNorm")}>
            <NormFields state={state && !failedNormId && state.values?.intent === "save-norm" ? state : undefined} />
          </IntentForm>
        </section>
      ) : null}
      {canManage ? (
        <section aria-labelledby="new-version">
          <h2 id="new-version">{t("frameworks.newVersion")}</h2>
          <p>{t("frameworks.newVersionHelp")}</p>
          <IntentForm intent="new-version" state={state?.values?.intent === "new-version" ? state : undefined} submit={t("frameworks.createVersion")}>
            <TextInput name="effectiveDate" type="date" label={t("frameworks.effectiveDate")} defaultValue={today} isRequired state={state?.values?.intent === "new-version" ? state : undefined} />
          </IntentForm>
        </section>
      ) : null}
    </>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;

export const shouldRevalidate = revalidateAfterConflict;
