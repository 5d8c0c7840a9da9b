import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors, SelectInput, SubmitButton, TextAreaInput, type FormState } from "~/components/form";
import { RadioGroupInput } from "~/components/choice-fields";
import { StatusError } from "~/components/status-error";
import { ThemeTabs } from "~/components/theme-parts";
import { QUESTION_KINDS, choiceOptions, isEditable } from "~/domain/theme";
import { QuestionSchema, RemoveQuestionSchema } from "~/domain/theme-forms";
import { addQuestion, getThemeDetails, mayWriteTheme, removeQuestion, requireThemeAccess } from "~/models/theme.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { revalidateAfterConflict } from "~/utils/revalidate";
import { requireActionUser, requireUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Vragen – Toezichtspoor" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const visible = await requireThemeAccess(user, params.themeId);
  const theme = await getThemeDetails(visible.id);
  if (!theme) throw new Response("Not found", { status: 404 });
  return { theme, mayEdit: mayWriteTheme(user, visible) && isEditable(visible.status) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const theme = await requireThemeAccess(user, params.themeId, "write");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const here = `/themas/${theme.id}/vragen`;
  const refused = (reason: "conflict" | "frozen" | "unknownNorm") =>
    reason === "unknownNorm" ? formFailure(formData, { normId: [t("themes.unknownOption")] }) : formFailure(formData, {}, t(reason === "conflict" ? "themes.conflict" : "themes.frozen"), 409);
  if (formData.get("intent") === "remove") {
    const parsed = parseForm(RemoveQuestionSchema, formData, t);
    if (!parsed.ok) return parsed.response;
    const result = await removeQuestion(user.id, theme, parsed.data.questionId, parsed.data.version);
    return result.ok ? redirect(here) : refused(result.reason);
  }
  const parsed = parseForm(QuestionSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const result = await addQuestion(user.id, theme, parsed.data);
  return result.ok ? redirect(`${here}#vragen`) : refused(result.reason);
}

export default function Questions() {
  const { theme, mayEdit } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const { t } = useI18n();
  const normLabel = (id: string | null) => {
    const norm = theme.norms.find((n) => n.id === id);
    return norm ? `${norm.code} ${norm.title}` : t("themes.question.noNorm");
  };
  return (
    <>
      <h1>{t("themes.questions.title", { title: theme.title })}</h1>
      <ThemeTabs themeId={theme.id} />
      <p>{t(mayEdit ? "themes.questions.intro" : "themes.questions.frozenIntro")}</p>
      <h2 id="vragen">{t("themes.questions.list")}</h2>
      {theme.questions.length === 0 ? (
        <p>{t("themes.questions.none")}</p>
      ) : (
        <ol className="stack">
          {theme.questions.map((q) => (
            <li key={q.id}>
              <p>
                <strong>{q.text}</strong>
              </p>
              <p className="muted">
                {t(`themes.kind.${q.kind as (typeof QUESTION_KINDS)[number]}`)} · {normLabel(q.normId)}
                {q.kind === "CHOICE" ? ` · ${choiceOptions(q.choices).join(" / ")}` : ""}
              </p>
              {mayEdit ? (
                <Form method="post">
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="questionId" value={q.id} />
                  <input type="hidden" name="version" value={theme.version} />
                  <SubmitButton variant="secondary">{t("themes.question.remove", { number: q.order })}</SubmitButton>
                </Form>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {mayEdit ? (
        <section aria-labelledby="add-question" className="narrow">
          <h2 id="add-question">{t("themes.question.add")}</h2>
          <Form method="post" className="stack" noValidate>
            <FormErrors state={state}>
              <input type="hidden" name="version" value={theme.version} />
              <TextAreaInput name="text" label={t("themes.question.text")} rows={3} isRequired state={state} />
              <RadioGroupInput
                name="kind"
                label={t("themes.question.kind")}
                defaultValue="TEXT"
                isRequired
                state={state}
                options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`themes.kind.${k}`) }))}
              />
              <TextAreaInput name="choices" label={t("themes.question.choices")} description={t("themes.question.choicesHelp")} rows={3} state={state} />
              <SelectInput
                name="normId"
                label={t("themes.question.norm")}
                placeholder={t("themes.question.noNorm")}
                state={state}
                options={theme.norms.map((n) => ({ value: n.id, label: `${n.code} ${n.title}` }))}
              />
              <SubmitButton>{t("themes.question.add")}</SubmitButton>
            </FormErrors>
          </Form>
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}

export const shouldRevalidate = revalidateAfterConflict;
