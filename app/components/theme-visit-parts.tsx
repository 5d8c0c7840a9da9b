import { VISIT_KINDS } from "~/domain/assessment";
import { formatDate } from "~/i18n";
import { useI18n } from "~/utils/i18n";
import { RadioGroupInput } from "./choice-fields";
import { DataTable } from "./data-table";
import { DoneMessage } from "./done-message";
import { IntentForm, TextAreaInput, TextInput, type FormState } from "./form";

export interface ThemeVisitView {
  id: string;
  date: string;
  announced: boolean;
  notes: string;
  heldOn: string | null;
  version: number;
}

/**
 * The visits the thematic supervision plans to one selected organisation (decision 019): the
 * list, a form per planned visit to record it as held, and the form to plan one. `submitted` is
 * the answer to one of these forms; each form shows it only when it is its own.
 */
export function ThemeVisits({ visits, selected, submitted, today }: { visits: ThemeVisitView[]; selected: boolean; submitted: FormState | undefined; today: string }) {
  const { t, locale } = useI18n();
  const kind = (announced: boolean) => t(announced ? "assessment.visit.ANNOUNCED" : "assessment.visit.UNANNOUNCED");
  const planned = visits.filter((v) => v.heldOn === null);
  const own = (intent: string, visitId?: string) =>
    submitted?.values?.intent === intent && (visitId === undefined || submitted.values.visitId === visitId) ? submitted : undefined;
  return (
    <section aria-labelledby="bezoeken">
      <h2 id="bezoeken">{t("themes.visit.title")}</h2>
      <DoneMessage known={["visitPlanned", "visitHeld"]} prefix="themes.visit.done." />
      <p>{t("themes.visit.intro")}</p>
      {visits.length === 0 ? <p>{t("themes.visit.none")}</p> : <ThemeVisitTable visits={visits} caption={t("themes.visit.caption")} withNotes />}
      {planned.map((v) => (
        <section key={v.id} aria-labelledby={`held-${v.id}`}>
          <h3 id={`held-${v.id}`}>{t("themes.visit.heldTitle", { date: formatDate(v.date, locale), kind: kind(v.announced).toLowerCase() })}</h3>
          <IntentForm intent="visitHeld" state={own("visitHeld", v.id)} submit={t("themes.visit.heldButton")}>
            <input type="hidden" name="visitId" value={v.id} />
            <input type="hidden" name="version" value={v.version} />
            <TextInput name="date" type="date" label={t("themes.visit.heldOn")} defaultValue={v.date <= today ? v.date : today} isRequired state={own("visitHeld", v.id)} />
          </IntentForm>
        </section>
      ))}
      <h3>{t("themes.visit.plan")}</h3>
      {selected ? (
        <IntentForm intent="planVisit" state={own("planVisit")} submit={t("themes.visit.planButton")}>
          <TextInput name="date" type="date" label={t("assessment.visit.date")} isRequired state={own("planVisit")} />
          <RadioGroupInput
            name="kind"
            label={t("assessment.visit.kind")}
            description={t("themes.visit.kindHint")}
            options={VISIT_KINDS.map((k) => ({ value: k, label: t(`assessment.visit.${k}`) }))}
            isRequired
            state={own("planVisit")}
          />
          <TextAreaInput name="notes" label={t("assessment.visit.notes")} rows={3} state={own("planVisit")} />
        </IntentForm>
      ) : (
        <p className="notice">{t("themes.selection.notSelected")}</p>
      )}
    </section>
  );
}

/** The visits as a table: day, kind, planned or held, and (for the inspectorate) the notes. */
function ThemeVisitTable({ visits, caption, withNotes = false }: { visits: ThemeVisitView[]; caption: string; withNotes?: boolean }) {
  const { t, locale } = useI18n();
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t("assessment.visit.date")}</th>
          <th scope="col">{t("assessment.visit.kind")}</th>
          <th scope="col">{t("themes.visit.state")}</th>
          {withNotes ? <th scope="col">{t("assessment.visit.notes")}</th> : null}
        </tr>
      </thead>
      <tbody>
        {visits.map((v) => (
          <tr key={v.id}>
            <td>{formatDate(v.date, locale)}</td>
            <td>{t(v.announced ? "assessment.visit.ANNOUNCED" : "assessment.visit.UNANNOUNCED")}</td>
            <td>{v.heldOn ? t("themes.visit.held", { date: formatDate(v.heldOn, locale) }) : t("themes.visit.planned")}</td>
            {withNotes ? <td className="prose">{v.notes || "—"}</td> : null}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/**
 * The visits of one recipient on its request page, as the reader may know of them: the
 * organisation sees announced ones, and unannounced ones once held (the list comes filtered).
 */
export function ThemeVisitList({ visits }: { visits: ThemeVisitView[] }) {
  const { t } = useI18n();
  if (visits.length === 0) return null;
  return (
    <section aria-labelledby="bezoeken">
      <h2 id="bezoeken">{t("themes.visit.title")}</h2>
      <ThemeVisitTable visits={visits} caption={t("themes.visit.captionOrganisation")} />
    </section>
  );
}
