import { Form } from "@remix-run/react";
import { FormErrors, SubmitButton, TextAreaInput, TextInput, type FormState } from "~/components/form";
import { formatDate } from "~/i18n";
import { useI18n } from "~/utils/i18n";
import { DataTable } from "./data-table";

// Suspensions of the supervision term, shown apart from its extensions, and the form to add one.

export interface SuspensionRow {
  id: string;
  reason: string;
  startDate: string;
  endDate: string;
  days: number;
  previousDeadline: string;
  newDeadline: string;
}

export function SuspensionTable({ suspensions }: { suspensions: SuspensionRow[] }) {
  const { t, locale } = useI18n();
  if (suspensions.length === 0) return <p>{t("suspension.none")}</p>;
  return (
    <DataTable caption={t("suspension.caption")}>
      <thead>
        <tr>
          <th scope="col">{t("suspension.start")}</th>
          <th scope="col">{t("suspension.end")}</th>
          <th scope="col">{t("suspension.days")}</th>
          <th scope="col">{t("suspension.previous")}</th>
          <th scope="col">{t("suspension.new")}</th>
          <th scope="col">{t("suspension.reason")}</th>
        </tr>
      </thead>
      <tbody>
        {suspensions.map((s) => (
          <tr key={s.id}>
            <th scope="row">{formatDate(s.startDate, locale)}</th>
            <td>{formatDate(s.endDate, locale)}</td>
            <td>{s.days}</td>
            <td>{formatDate(s.previousDeadline, locale)}</td>
            <td>{formatDate(s.newDeadline, locale)}</td>
            <td className="prose">{s.reason}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function SuspensionForm({ version, state }: { version: number; state: FormState | undefined }) {
  const { t } = useI18n();
  return (
    <Form method="post" className="stack" noValidate>
      <FormErrors state={state}>
        <input type="hidden" name="intent" value="suspend" />
        <input type="hidden" name="version" value={version} />
        <p>{t("suspension.form.intro")}</p>
        <TextAreaInput name="reason" label={t("suspension.reason")} description={t("suspension.reasonHint")} rows={3} isRequired state={state} />
        <TextInput name="startDate" type="date" label={t("suspension.start")} isRequired state={state} />
        <TextInput name="endDate" type="date" label={t("suspension.end")} isRequired state={state} />
        <SubmitButton variant="secondary">{t("suspension.form.submit")}</SubmitButton>
      </FormErrors>
    </Form>
  );
}
