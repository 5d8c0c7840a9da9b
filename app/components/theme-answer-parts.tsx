import { Form } from "@remix-run/react";
import { RadioGroupInput } from "~/components/choice-fields";
import { FormErrors, IntentForm, SelectInput, SubmitButton, TextAreaInput, TextInput, type FormState } from "~/components/form";
import { RemovableAttachments, SaveOrSubmitButtons } from "~/components/draft-form-parts";
import { FileInput, fileSize } from "~/components/progress-report-parts";
import { DataTable } from "~/components/page-shells";
import { RISK_MAX, RISK_MIN, YES_NO, answerField, choiceOptions, scoreField, type QuestionKind } from "~/domain/theme";
import { formatDate, formatNumber } from "~/i18n";
import { useI18n } from "~/utils/i18n";

// The parts of one recipient's page (issue 15): the organisation's answer form, the answers as
// read, the inspector's scores, signals and decisions on more time.

export interface QuestionView {
  id: string;
  order: number;
  text: string;
  kind: string;
  choices: string;
  norm: { code: string; title: string } | null;
}

interface AttachmentRow {
  id: string;
  questionId: string;
  fileName: string;
  size: number;
}

function questionLabel(q: QuestionView): string {
  return `${q.order}. ${q.text}`;
}

function NormNote({ q }: { q: QuestionView }) {
  const { t } = useI18n();
  return q.norm ? <p className="muted">{t("themes.answer.norm", { norm: `${q.norm.code} ${q.norm.title}` })}</p> : null;
}

/** The answer field that fits the question's kind; all native controls, so it works without JavaScript. */
function AnswerField({ q, value, state, maxUploadMb }: { q: QuestionView; value: string; state: FormState | undefined; maxUploadMb: number }) {
  const { t, locale } = useI18n();
  const name = answerField(q.id);
  switch (q.kind as QuestionKind) {
    case "YES_NO":
      return <RadioGroupInput name={name} label={questionLabel(q)} defaultValue={value} state={state} options={YES_NO.map((v) => ({ value: v, label: t(`themes.answer.${v}`) }))} />;
    case "CHOICE":
      return <RadioGroupInput name={name} label={questionLabel(q)} defaultValue={value} state={state} options={choiceOptions(q.choices).map((v) => ({ value: v, label: v }))} />;
    case "NUMBER":
      return <TextInput name={name} label={questionLabel(q)} description={t("themes.answer.numberHelp")} defaultValue={value} state={state} />;
    case "FILE":
      return <FileInput name={`file.${q.id}`} label={questionLabel(q)} description={t("progressReport.attachments.hint", { max: formatNumber(maxUploadMb, locale) })} />;
    default:
      return <TextAreaInput name={name} label={questionLabel(q)} defaultValue={value} rows={4} state={state} />;
  }
}

function AttachmentLinks({ attachments }: { attachments: AttachmentRow[] }) {
  const { locale } = useI18n();
  return (
    <ul>
      {attachments.map((a) => (
        <li key={a.id}>
          <a href={`/thema-bijlagen/${a.id}`} download>
            {a.fileName}
          </a>{" "}
          <span className="muted">({fileSize(a.size, locale)})</span>
        </li>
      ))}
    </ul>
  );
}

/** The organisation's form: every question, then save as draft or submit. */
export function AnswerForm({
  questions,
  answers,
  attachments,
  version,
  state,
  maxUploadMb,
}: {
  questions: QuestionView[];
  answers: { questionId: string; value: string }[];
  attachments: AttachmentRow[];
  version: number;
  state: FormState | undefined;
  maxUploadMb: number;
}) {
  const { t } = useI18n();
  const valueOf = new Map(answers.map((a) => [a.questionId, a.value]));
  return (
    <section aria-labelledby="answer-form" className="stack">
      <h2 id="answer-form">{t("themes.answer.formTitle")}</h2>
      <p>{t("themes.answer.formIntro")}</p>
      {attachments.length ? (
        <>
          <h3>{t("progressReport.attachments.title")}</h3>
          <RemovableAttachments attachments={attachments} href={(id) => `/thema-bijlagen/${id}`} version={version} />
        </>
      ) : null}
      <Form method="post" encType="multipart/form-data" className="stack" noValidate>
        <FormErrors state={state}>
          <input type="hidden" name="version" value={version} />
          {questions.map((q) => (
            <div key={q.id} className="stack">
              <AnswerField q={q} value={valueOf.get(q.id) ?? ""} state={state} maxUploadMb={maxUploadMb} />
              <NormNote q={q} />
            </div>
          ))}
          <SaveOrSubmitButtons save={t("themes.answer.save")} submit={t("themes.answer.submit")} hint={t("themes.answer.submitHint")} />
        </FormErrors>
      </Form>
    </section>
  );
}

/** The answers as read: after submitting (the organisation) or for the inspector. */
export function AnswersRead({ questions, answers, attachments }: { questions: QuestionView[]; answers: { questionId: string; value: string }[]; attachments: AttachmentRow[] }) {
  const { t } = useI18n();
  const valueOf = new Map(answers.map((a) => [a.questionId, a.value]));
  const shown = (q: QuestionView) => {
    const value = valueOf.get(q.id) ?? "";
    if (q.kind === "YES_NO" && (value === "YES" || value === "NO")) return t(`themes.answer.${value}`);
    return value || "—";
  };
  return (
    <dl className="stack">
      {questions.map((q) => (
        <div key={q.id}>
          <dt>
            <strong>{questionLabel(q)}</strong>
          </dt>
          <dd>
            {q.kind === "FILE" ? <AttachmentLinks attachments={attachments.filter((a) => a.questionId === q.id)} /> : <p className="prose">{shown(q)}</p>}
            <NormNote q={q} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

const SCALE = Array.from({ length: RISK_MAX - RISK_MIN + 1 }, (_, i) => String(RISK_MIN + i));

/** The inspector's risk score per question (1 low … 5 high), empty for not scored. */
export function ScoreForm({ questions, scores, state }: { questions: QuestionView[]; scores: { questionId: string; score: number }[]; state: FormState | undefined }) {
  const { t } = useI18n();
  const scoreOf = new Map(scores.map((s) => [s.questionId, String(s.score)]));
  return (
    <section aria-labelledby="score-form" className="narrow">
      <h2 id="score-form">{t("themes.score.title")}</h2>
      <p>{t("themes.score.intro")}</p>
      <IntentForm intent="scores" state={state} submit={t("themes.score.save")}>
        {questions.map((q) => (
          <SelectInput
            key={q.id}
            name={scoreField(q.id)}
            label={t("themes.score.for", { question: questionLabel(q) })}
            placeholder={t("themes.score.none")}
            defaultValue={scoreOf.get(q.id) ?? ""}
            state={state}
            options={SCALE.map((s) => ({ value: s, label: t(`themes.score.value${s as "1"}`) }))}
          />
        ))}
      </IntentForm>
    </section>
  );
}

export function SignalList({ signals }: { signals: { id: string; description: string; source: string; date: string; weight: number }[] }) {
  const { t, locale } = useI18n();
  if (signals.length === 0) return <p>{t("themes.signal.none")}</p>;
  return (
    <DataTable caption={t("themes.signal.caption")} columns={[t("themes.signal.date"), t("themes.signal.description"), t("themes.signal.source"), t("themes.signal.weight")]}>
      {signals.map((s) => (
        <tr key={s.id}>
          <td>{formatDate(s.date, locale)}</td>
          <td>{s.description}</td>
          <td>{s.source}</td>
          <td>{formatNumber(s.weight, locale)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function SignalForm({ state }: { state: FormState | undefined }) {
  const { t } = useI18n();
  return (
    <Form method="post" className="stack narrow" noValidate>
      <FormErrors state={state}>
        <input type="hidden" name="intent" value="signal" />
        <TextAreaInput name="description" label={t("themes.signal.description")} rows={2} isRequired state={state} />
        <TextInput name="source" label={t("themes.signal.source")} description={t("themes.signal.sourceHelp")} isRequired state={state} />
        <TextInput name="date" type="date" label={t("themes.signal.date")} isRequired state={state} />
        <SelectInput name="weight" label={t("themes.signal.weight")} isRequired state={state} options={SCALE.map((s) => ({ value: s, label: t(`themes.score.value${s as "1"}`) }))} />
        <SubmitButton variant="secondary">{t("themes.signal.add")}</SubmitButton>
      </FormErrors>
    </Form>
  );
}

export interface ExtensionView {
  id: string;
  requestedDate: string;
  reason: string;
  status: string;
  comment: string;
}

/** Requests for more time, each with the inspector's decision form while pending. */
export function Extensions({ extensions, mayDecide, state }: { extensions: ExtensionView[]; mayDecide: boolean; state: FormState | undefined }) {
  const { t, locale } = useI18n();
  if (extensions.length === 0) return null;
  return (
    <section aria-labelledby="extensions">
      <h2 id="extensions">{t("themes.extension.title")}</h2>
      <ul className="stack">
        {extensions.map((e) => (
          <li key={e.id}>
            <p>
              {t("themes.extension.summary", { date: formatDate(e.requestedDate, locale), status: t(`themes.extension.status.${e.status as "PENDING"}`) })}
            </p>
            <p className="prose">{e.reason}</p>
            {e.comment ? <p className="muted">{e.comment}</p> : null}
            {mayDecide && e.status === "PENDING" ? (
              <Form method="post" className="stack narrow" noValidate>
                <FormErrors state={state}>
                  <input type="hidden" name="intent" value="decide" />
                  <input type="hidden" name="extensionId" value={e.id} />
                  <RadioGroupInput
                    name="decision"
                    label={t("themes.extension.decision")}
                    isRequired
                    state={state}
                    options={[
                      { value: "GRANTED", label: t("themes.extension.grant") },
                      { value: "REFUSED", label: t("themes.extension.refuse") },
                    ]}
                  />
                  <TextAreaInput name="comment" label={t("themes.extension.comment")} rows={2} state={state} />
                  <SubmitButton>{t("themes.extension.decide")}</SubmitButton>
                </FormErrors>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ExtensionRequestForm({ state }: { state: FormState | undefined }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="ask-extension" className="narrow">
      <h2 id="ask-extension">{t("themes.extension.ask")}</h2>
      <Form method="post" className="stack" noValidate>
        <FormErrors state={state}>
          <input type="hidden" name="intent" value="extension" />
          <TextInput name="requestedDate" type="date" label={t("themes.extension.requestedDate")} isRequired state={state} />
          <TextAreaInput name="reason" label={t("themes.extension.reason")} rows={3} isRequired state={state} />
          <SubmitButton variant="secondary">{t("themes.extension.askButton")}</SubmitButton>
        </FormErrors>
      </Form>
    </section>
  );
}
