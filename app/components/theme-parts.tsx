import { Form, Link, NavLink } from "@remix-run/react";
import type { ReactNode } from "react";
import { FormErrors, SelectInput, SubmitButton, TextAreaInput, TextInput, type FormState } from "~/components/form";
import type { RecipientState, ThemeStatus } from "~/domain/theme";
import { formatDate } from "~/i18n";
import { useI18n } from "~/utils/i18n";
import { DataTable } from "./page-shells";
import { FrameworkVersionSelect, TeamCheckboxes, type FrameworkVersionOption, type InspectorOption } from "./trajectory-fields";

// Parts shared by the pages of thematic supervision (issue 15).

export interface ThemeFormOptions {
  versions: FrameworkVersionOption[];
  inspectors: InspectorOption[];
  sectors: string[];
}

export interface ThemeDefaults {
  title: string;
  purpose: string;
  legalBasis: string;
  frameworkVersionId: string;
  leadInspectorId: string;
  sector: string;
  startDate: string;
  endDate: string;
  memberIds: readonly string[];
  version?: number;
}

/** The theme's facts and team, for creating and editing; works without JavaScript. */
export function ThemeForm({ options, defaults, state, submit }: { options: ThemeFormOptions; defaults: ThemeDefaults; state: FormState | undefined; submit: string }) {
  const { t } = useI18n();
  return (
    <Form method="post" className="stack" noValidate>
      <FormErrors state={state}>
        {defaults.version !== undefined ? <input type="hidden" name="version" value={defaults.version} /> : null}
        <TextInput name="title" label={t("themes.field.title")} description={t("themes.field.titleHelp")} defaultValue={defaults.title} isRequired state={state} />
        <TextAreaInput name="purpose" label={t("themes.field.purpose")} defaultValue={defaults.purpose} isRequired state={state} />
        <TextInput name="legalBasis" label={t("themes.field.legalBasis")} defaultValue={defaults.legalBasis} isRequired state={state} />
        <FrameworkVersionSelect label={t("themes.field.framework")} versions={options.versions} defaultValue={defaults.frameworkVersionId} state={state} />
        <SelectInput name="sector" label={t("themes.field.sector")} defaultValue={defaults.sector} isRequired state={state} options={options.sectors.map((s) => ({ value: s, label: s }))} />
        <SelectInput
          name="leadInspectorId"
          label={t("themes.field.lead")}
          defaultValue={defaults.leadInspectorId}
          isRequired
          state={state}
          options={options.inspectors.map((i) => ({ value: i.id, label: i.name }))}
        />
        <TeamCheckboxes legend={t("themes.field.team")} inspectors={options.inspectors} checked={defaults.memberIds} state={state} />
        <TextInput name="startDate" type="date" label={t("themes.field.startDate")} defaultValue={defaults.startDate} isRequired state={state} />
        <TextInput name="endDate" type="date" label={t("themes.field.endDate")} defaultValue={defaults.endDate} isRequired state={state} />
        <SubmitButton>{submit}</SubmitButton>
      </FormErrors>
    </Form>
  );
}

export function ThemeStatusBadge({ status }: { status: ThemeStatus | string }) {
  const { t } = useI18n();
  const known = ["DRAFT", "REQUEST_SENT", "ANSWERS_CLOSED", "SELECTION_MADE", "PUBLISHED", "CLOSED"].includes(status);
  return <span className="status">{known ? t(`themes.status.${status as ThemeStatus}`) : status}</span>;
}

export function RecipientStateBadge({ state }: { state: RecipientState }) {
  const { t } = useI18n();
  return <span className={state === "LATE" ? "status status--overdue" : "status"}>{t(`themes.state.${state}`)}</span>;
}

/** The theme's sub-navigation: overview, questions, sending, selection, report. */
export function ThemeTabs({ themeId }: { themeId: string }) {
  const { t } = useI18n();
  const tabs = [
    { path: "", label: t("themes.tab.overview") },
    { path: "/vragen", label: t("themes.tab.questions") },
    { path: "/verzenden", label: t("themes.tab.send") },
    { path: "/selectie", label: t("themes.tab.selection") },
    { path: "/rapport", label: t("themes.tab.report") },
  ];
  return (
    <nav aria-label={t("themes.tab.label")} className="subnav">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.path}>
            <NavLink to={`/themas/${themeId}${tab.path}`} end={!tab.path}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A notice after a redirect (?key=1), in a status region. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="notice">
      {children}
    </p>
  );
}

/** The organisation's start page: the inspectorate's requests to it, with where each stands. */
export function ThemeRequests({ requests }: { requests: { id: string; title: string; deadline: string; state: RecipientState }[] }) {
  const { t, locale } = useI18n();
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby="theme-requests">
      <h2 id="theme-requests">{t("themes.home.title")}</h2>
      <DataTable caption={t("themes.home.caption")} columns={[t("themes.theme"), t("themes.field.deadline"), t("themes.state.label")]}>
        {requests.map((r) => (
          <tr key={r.id}>
            <td>
              <Link to={`/uitvragen/${r.id}`}>{r.title}</Link>
            </td>
            <td>{formatDate(r.deadline, locale)}</td>
            <td>
              <RecipientStateBadge state={r.state} />
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
