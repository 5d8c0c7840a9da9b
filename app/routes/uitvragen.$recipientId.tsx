import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { SubmitButton, type FormState } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { AnswerForm, AnswersRead, ExtensionRequestForm, Extensions, ScoreForm, SignalForm, SignalList } from "~/components/theme-answer-parts";
import { Notice, RecipientStateBadge } from "~/components/theme-parts";
import { ThemeVisitList } from "~/components/theme-visit-parts";
import { todayIso } from "~/domain/dates";
import { can, seesInternalRecords } from "~/domain/permissions";
import { acceptsAnswers, acceptsScores } from "~/domain/theme";
import { ExtensionDecisionSchema, ExtensionRequestSchema, SignalSchema, optionalRisk } from "~/domain/theme-forms";
import { formatDate } from "~/i18n";
import { forbidden } from "~/models/access.server";
import {
  decideExtension,
  getRecipientView,
  markOpened,
  removeAnswerAttachment,
  requestExtension,
  requireRecipientAccess,
  saveAnswers,
  type VisibleRecipient,
} from "~/models/theme-answer.server";
import { addSignal, saveScores, setSelected } from "~/models/theme-selection.server";
import { mayWriteTheme, requireThemeAccess } from "~/models/theme.server";
import { listThemeVisits } from "~/models/theme-visit.server";
import { env } from "~/utils/env.server";
import { discardStaged, readUploadForm } from "~/utils/files.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { revalidateAfterConflict } from "~/utils/revalidate";
import { requireActionUser, requireUser, type SessionUser } from "~/utils/session.server";
import { RemoveAttachmentSchema } from "~/domain/progress-report-forms";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.view.theme.title} – Toezichtspoor` : "Toezichtspoor" }];

// One recipient of a theme's information request. The organisation answers here (its own only:
// anything else is 404); the inspectorate reads the submitted answers, scores them, records
// risk signals and decides on requests for more time.

async function access(user: SessionUser, recipientId: string | undefined) {
  const recipient = await requireRecipientAccess(user, recipientId);
  const theme = user.role === "ORGANISATION" ? null : await requireThemeAccess(user, recipient.themeId);
  return { recipient, theme, mayWrite: theme ? mayWriteTheme(user, theme) : false };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const { recipient, theme, mayWrite } = await access(user, params.recipientId);
  await markOpened(user, recipient);
  const internal = seesInternalRecords(user);
  const [view, visits] = await Promise.all([getRecipientView(recipient, todayIso(), internal), listThemeVisits(user, recipient.id)]);
  const open = acceptsAnswers(recipient.themeStatus) && view.status !== "SUBMITTED";
  return {
    view,
    visits,
    internal,
    maxUploadMb: env.MAX_UPLOAD_MB,
    mayAnswer: !internal && can(user.role, "theme:answer") && open,
    mayAskExtension: !internal && open && !view.extensions.some((e) => e.status === "PENDING"),
    mayScore: mayWrite && theme !== null && acceptsScores(theme.status) && view.status === "SUBMITTED",
    maySignal: mayWrite && theme !== null && acceptsScores(theme.status),
    mayDecide: mayWrite,
  };
}

/** The organisation's intents: answers, attachments, more time. */
async function organisationAction(user: SessionUser, recipient: VisibleRecipient, request: Request, t: Awaited<ReturnType<typeof getTranslator>>["t"]) {
  const here = `/uitvragen/${recipient.id}`;
  const { formData, files, problems: refused } = await readUploadForm(request);
  try {
    const problems = Object.entries(refused);
    if (problems.length) return formFailure(formData, Object.fromEntries(problems.map(([field, problem]) => [field, [t(`progressReport.upload.${problem}`, { max: env.MAX_UPLOAD_MB })]])));
    const intent = formData.get("intent");
    const conflictOrFrozen = (reason: "conflict" | "frozen") => formFailure(formData, {}, t(reason === "conflict" ? "themes.conflict" : "themes.answer.frozen"), 409);
    switch (intent) {
      case "save":
      case "submit": {
        const version = Number(formData.get("version"));
        const values: Record<string, string> = {};
        for (const [key, value] of formData) if (key.startsWith("answer.") && typeof value === "string") values[key.slice("answer.".length)] = value;
        const result = await saveAnswers(user, recipient, { values, version: Number.isInteger(version) ? version : -1, submit: intent === "submit" }, files);
        if (result.ok) return redirect(`${here}?${intent === "submit" ? "ingediend" : "opgeslagen"}=1`);
        if (result.reason === "invalid") {
          const errors = Object.fromEntries(Object.entries(result.problems).map(([field, key]) => [field, [t(key)]]));
          return formFailure(formData, errors, files.length ? t("progressReport.attachments.notKept") : undefined);
        }
        return conflictOrFrozen(result.reason);
      }
      case "removeAttachment": {
        const parsed = parseForm(RemoveAttachmentSchema, formData, t);
        if (!parsed.ok) return parsed.response;
        const result = await removeAnswerAttachment(user, recipient, parsed.data.attachmentId, parsed.data.version);
        return result.ok ? redirect(here) : result.reason === "invalid" ? formFailure(formData, {}) : conflictOrFrozen(result.reason);
      }
      case "extension": {
        const parsed = parseForm(ExtensionRequestSchema, formData, t);
        if (!parsed.ok) return parsed.response;
        const result = await requestExtension(user, recipient, parsed.data);
        if (result.ok) return redirect(`${here}?uitstel=1`);
        if (result.reason === "notLater") return formFailure(formData, { requestedDate: [t("themes.extension.notLater")] });
        return formFailure(formData, {}, t(result.reason === "pending" ? "themes.extension.pending" : "themes.answer.frozen"), 409);
      }
      default:
        return formFailure(formData, {}, t("form.unknownIntent"));
    }
  } finally {
    // Whatever was not committed to storage goes: a refused upload leaves no file behind.
    await discardStaged(files);
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const { recipient, theme, mayWrite } = await access(user, params.recipientId);
  const { t } = await getTranslator(request);
  if (user.role === "ORGANISATION") return organisationAction(user, recipient, request, t);
  if (!theme || !mayWrite) throw forbidden();
  // The inspectorate sends no files: a multipart body is read (to a zero-byte limit) and refused per field.
  const { formData } = await readUploadForm(request, 0);
  const here = `/uitvragen/${recipient.id}`;
  const frozen = () => formFailure(formData, {}, t("themes.score.frozen"), 409);
  switch (formData.get("intent")) {
    case "scores": {
      const questions = [...formData.keys()].filter((k) => k.startsWith("score."));
      const scores: Record<string, number | undefined> = {};
      const errors: Record<string, string[]> = {};
      for (const key of questions) {
        const parsed = optionalRisk.safeParse(formData.get(key) ?? "");
        if (parsed.success) scores[key.slice("score.".length)] = parsed.data;
        else errors[key] = [t("themes.score.invalid")];
      }
      if (Object.keys(errors).length) return formFailure(formData, errors);
      const result = await saveScores(user, theme, recipient, scores);
      return result.ok ? redirect(`${here}?gescoord=1`) : frozen();
    }
    case "signal": {
      const parsed = parseForm(SignalSchema, formData, t);
      if (!parsed.ok) return parsed.response;
      const result = await addSignal(user, theme, recipient, parsed.data);
      return result.ok ? redirect(`${here}?signaal=1`) : frozen();
    }
    case "decide": {
      const parsed = parseForm(ExtensionDecisionSchema, formData, t);
      if (!parsed.ok) return parsed.response;
      const result = await decideExtension(user, recipient, parsed.data);
      return result.ok ? redirect(`${here}?besloten=1`) : formFailure(formData, {}, t("themes.extension.alreadyDecided"), 409);
    }
    case "select":
    case "deselect":
      await setSelected(user, theme, recipient.id, formData.get("intent") === "select");
      return redirect(`${here}?selectie=1`);
    default:
      return formFailure(formData, {}, t("form.unknownIntent"));
  }
}

const NOTICES = {
  ingediend: "themes.answer.submitted",
  opgeslagen: "themes.answer.saved",
  uitstel: "themes.extension.asked",
  gescoord: "themes.score.saved",
  signaal: "themes.signal.added",
  besloten: "themes.extension.decided",
  selectie: "themes.selection.changed",
} as const;

export default function RecipientPage() {
  const data = useLoaderData<typeof loader>();
  const { view, internal } = data;
  const state = useActionData<FormState>();
  const [params] = useSearchParams();
  const { t, locale } = useI18n();
  // Several forms on one page: each shows the answer to its own intent only.
  const stateFor = (...intents: string[]) => (state && intents.includes(state.values?.intent ?? "") ? state : undefined);
  const notice = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((key) => params.has(key));
  const orphanError = state?.formError && !["save", "submit", "removeAttachment", "extension", "scores", "signal", "decide"].includes(state.values?.intent ?? "") ? state.formError : null;
  return (
    <>
      <h1>{internal ? t("themes.recipient.title", { organisation: view.organisation.name }) : view.theme.title}</h1>
      {notice ? <Notice>{t(NOTICES[notice])}</Notice> : null}
      {orphanError ? (
        <p role="alert" className="error-summary">
          {orphanError}
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t("themes.theme")}</dt>
          <dd>{internal ? <Link to={`/themas/${view.theme.id}`}>{view.theme.title}</Link> : view.theme.title}</dd>
        </div>
        <div>
          <dt>{t("themes.field.deadline")}</dt>
          <dd>{formatDate(view.deadline, locale)}</dd>
        </div>
        <div>
          <dt>{t("themes.state.label")}</dt>
          <dd>
            <RecipientStateBadge state={view.state} />
          </dd>
        </div>
        {internal ? (
          <div>
            <dt>{t("themes.selection.selected")}</dt>
            <dd>{view.selected ? t("themes.yes") : t("themes.no")}</dd>
          </div>
        ) : null}
      </dl>
      <h2>{t("themes.field.purpose")}</h2>
      <p className="prose">{view.theme.purpose}</p>
      {data.mayAnswer ? (
        <AnswerForm questions={view.questions} answers={view.answers} attachments={view.attachments} version={view.version} state={stateFor("save", "submit", "removeAttachment")} maxUploadMb={data.maxUploadMb} />
      ) : (
        <section aria-labelledby="answers">
          <h2 id="answers">{t("themes.answer.readTitle")}</h2>
          {view.status === "SUBMITTED" || !internal ? <AnswersRead questions={view.questions} answers={view.answers} attachments={view.attachments} /> : <p>{t("themes.answer.notYet")}</p>}
        </section>
      )}
      {data.mayAskExtension ? <ExtensionRequestForm state={stateFor("extension")} /> : null}
      <ThemeVisitList visits={data.visits} />
      <Extensions extensions={view.extensions} mayDecide={data.mayDecide} state={stateFor("decide")} />
      {internal ? (
        <>
          {data.mayScore && "scores" in view ? <ScoreForm questions={view.questions} scores={view.scores ?? []} state={stateFor("scores")} /> : null}
          <section aria-labelledby="signals">
            <h2 id="signals">{t("themes.signal.title")}</h2>
            <SignalList signals={"signals" in view ? (view.signals ?? []) : []} />
            {data.maySignal ? <SignalForm state={stateFor("signal")} /> : null}
          </section>
          {data.mayDecide ? (
            <Form method="post">
              <input type="hidden" name="intent" value={view.selected ? "deselect" : "select"} />
              <SubmitButton variant="secondary">{t(view.selected ? "themes.selection.deselect" : "themes.selection.select")}</SubmitButton>
            </Form>
          ) : null}
          {data.mayDecide && view.selected ? (
            <p>
              <Link to={`/themas/${view.theme.id}/selectie/${view.id}#bezoeken`}>{t("themes.selection.visit")}</Link>
            </p>
          ) : null}
          <p>
            <Link to={`/themas/${view.theme.id}/selectie`}>{t("themes.selection.back")}</Link>
          </p>
        </>
      ) : (
        <p>
          <Link to="/">{t("themes.answer.backHome")}</Link>
        </p>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}

export const shouldRevalidate = revalidateAfterConflict;
