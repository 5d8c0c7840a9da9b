import { Form } from "@remix-run/react";
import { SubmitButton, TextInput, type FormState } from "~/components/form";
import { ApproveOrReturnForm } from "~/components/approve-or-return-form";
import { measureTypeName, type MeasureTypeName } from "~/components/closure-parts";
import { formatDate, formatDateTime } from "~/i18n";
import { isFollowUpOverdue } from "~/domain/closure";
import { useI18n } from "~/utils/i18n";
import { DataTable } from "./data-table";
import { measureStatusKey } from "./enforcement-parts";
import { followUpDecisionKey } from "./follow-up-forms";
import { needsDecision } from "~/domain/follow-up";

/** A manager's decision on a closure proposal; escalation to a measure asks for its due date. */
export function DecisionForm({
  proposal,
  today,
  state,
}: {
  proposal: { id: string; version: number; outcome: string };
  today: string;
  state: FormState | undefined;
}) {
  const { t } = useI18n();
  return (
    <ApproveOrReturnForm
      hidden={{ intent: "decide", proposalId: proposal.id, version: proposal.version }}
      approveLabel={t("closure.decision.approve")}
      commentRows={4}
      today={today}
      state={state}
    >
      {proposal.outcome === "ESCALATE" ? (
        <TextInput
          name="measureDueDate"
          type="date"
          label={t("closure.decision.measureDueDate")}
          description={t("closure.decision.measureDueDateHint")}
          state={state}
        />
      ) : null}
    </ApproveOrReturnForm>
  );
}

export interface FollowUpRow {
  id: string;
  kind: string;
  title: string;
  dueDate: string;
  status: string;
  outcome?: { outcome: string; judgement: string; decision: string | null; decisionComment: string | null } | null;
}

const followUpStatusKey = (status: string) =>
  `followUp.statuses.${status === "MET" || status === "NOT_MET" || status === "PARTLY_MET" ? status : "OPEN"}` as const;

/** `today` comes from the loader (Europe/Amsterdam), never from the browser's clock. */
export function FollowUpTable({ followUps, canMarkMet, today }: { followUps: FollowUpRow[]; canMarkMet: boolean; today: string }) {
  const { t, locale } = useI18n();
  if (followUps.length === 0) return <p>{t("followUp.list.none")}</p>;
  return (
    <DataTable caption={t("followUp.list.title")}>
      <thead>
        <tr>
          <th scope="col">{t("followUp.title")}</th>
          <th scope="col">{t("followUp.kind")}</th>
          <th scope="col">{t("followUp.dueDate")}</th>
          <th scope="col">{t("followUp.status")}</th>
          <th scope="col">{t("followUp.outcome.column")}</th>
        </tr>
      </thead>
      <tbody>
        {followUps.map((f) => (
          <tr key={f.id} className={isFollowUpOverdue(f, today) ? "is-overdue" : undefined}>
            <th scope="row">{f.title}</th>
            <td>{t(f.kind === "REPORT" ? "followUp.kinds.REPORT" : "followUp.kinds.IMPROVEMENT_PLAN")}</td>
            <td>{formatDate(f.dueDate, locale)}</td>
            <td>
              {t(followUpStatusKey(f.status))}
              {isFollowUpOverdue(f, today) ? <strong className="overdue-flag"> ({t("due.overdue")})</strong> : null}
              {f.status === "OPEN" && canMarkMet ? (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="followUpMet" />
                  <input type="hidden" name="followUpId" value={f.id} />{" "}
                  <button type="submit" className="button button--secondary">
                    {t("followUp.markMet")}
                    <span className="visually-hidden"> {f.title}</span>
                  </button>
                </Form>
              ) : null}
            </td>
            <td>
              {f.outcome ? (
                <>
                  <span className="prose">{f.outcome.judgement}</span>
                  {needsDecision(f.outcome.outcome) ? (
                    <>
                      {" — "}
                      {f.outcome.decision ? t(followUpDecisionKey(f.outcome.decision)) : <strong>{t("followUp.outcome.awaiting")}</strong>}
                      {f.outcome.decisionComment ? <span className="muted"> ({f.outcome.decisionComment})</span> : null}
                    </>
                  ) : null}
                </>
              ) : (
                "—"
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function ArchiveForm({ version }: { version: number }) {
  const { t } = useI18n();
  return (
    <Form method="post" className="stack">
      <input type="hidden" name="intent" value="archive" />
      <input type="hidden" name="version" value={version} />
      <p>{t("closure.archive.hint")}</p>
      <SubmitButton variant="secondary">{t("closure.archive.submit")}</SubmitButton>
    </Form>
  );
}

export function EnforcementMeasureTable({
  measures,
}: {
  measures: { id: string; description: string; imposedOn: string; dueDate: string | null; status: string; type: MeasureTypeName }[];
}) {
  const { t, locale } = useI18n();
  return (
    <DataTable caption={t("enforcement.measures.title")}>
      <thead>
        <tr>
          <th scope="col">{t("closure.proposal.measureType")}</th>
          <th scope="col">{t("closure.proposal.measureDetails")}</th>
          <th scope="col">{t("enforcement.measure.imposedOn")}</th>
          <th scope="col">{t("enforcement.measure.dueDate")}</th>
          <th scope="col">{t("followUp.status")}</th>
        </tr>
      </thead>
      <tbody>
        {measures.map((m) => (
          <tr key={m.id}>
            <th scope="row">{measureTypeName(m.type, locale)}</th>
            <td className="prose">{m.description}</td>
            <td>{formatDate(m.imposedOn, locale)}</td>
            <td>{m.dueDate ? formatDate(m.dueDate, locale) : "—"}</td>
            <td>{t(measureStatusKey(m.status))}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function DeadlineChangeTable({
  changes,
  current,
}: {
  changes: { id: string; previousDeadline: string; newDeadline: string; reason: string; createdAt: string | Date }[];
  current: string;
}) {
  const { t, locale } = useI18n();
  return (
    <>
      <p>{t("closure.deadlineChanges.current", { date: formatDate(current, locale) })}</p>
      <DataTable caption={t("closure.deadlineChanges.title")}>
        <thead>
          <tr>
            <th scope="col">{t("closure.deadlineChanges.when")}</th>
            <th scope="col">{t("closure.deadlineChanges.previous")}</th>
            <th scope="col">{t("closure.deadlineChanges.new")}</th>
            <th scope="col">{t("closure.deadlineChanges.reason")}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.id}>
              <th scope="row">{formatDateTime(c.createdAt, locale)}</th>
              <td>{formatDate(c.previousDeadline, locale)}</td>
              <td>{formatDate(c.newDeadline, locale)}</td>
              <td>{c.reason}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}
