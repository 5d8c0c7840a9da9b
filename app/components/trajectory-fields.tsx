import { CheckboxInput } from "~/components/choice-fields";
import { SelectInput, TextAreaInput, TextInput, type FormState } from "~/components/form";
import { useI18n } from "~/utils/i18n";

// Fields that starting a trajectory and setting up a theme share: which framework version,
// and who does the work (a lead and a team of inspectors).

export interface FrameworkVersionOption {
  id: string;
  version: number;
  framework: { name: string };
}

export interface InspectorOption {
  id: string;
  name: string;
}

export function FrameworkVersionSelect({ label, versions, defaultValue, state }: { label: string; versions: FrameworkVersionOption[]; defaultValue?: string; state: FormState | undefined }) {
  return (
    <SelectInput
      name="frameworkVersionId"
      label={label}
      defaultValue={defaultValue}
      isRequired
      state={state}
      options={versions.map((v) => ({ value: v.id, label: `${v.framework.name} v${v.version}` }))}
    />
  );
}

/** One checkbox per inspector (`team.<id>`), with the team's error on the group. */
export function TeamCheckboxes({ legend, inspectors, checked, state }: { legend: string; inspectors: InspectorOption[]; checked?: readonly string[]; state: FormState | undefined }) {
  const teamError = state?.errors?.team;
  return (
    <fieldset className="fieldset" aria-describedby={teamError ? "team-error" : undefined}>
      <legend>{legend}</legend>
      {teamError ? (
        <span id="team-error" className="field__error">
          {teamError.join(" ")}
        </span>
      ) : null}
      {inspectors.map((i) => (
        <CheckboxInput key={i.id} name={`team.${i.id}`} label={i.name} state={state} defaultChecked={checked?.includes(i.id)} />
      ))}
    </fieldset>
  );
}

/**
 * A new trajectory's own facts (CreateTrajectorySchema): framework, reason, legal basis, lead
 * (the user, by default), team, start and duration. Used by "new trajectory" and by starting
 * one from a theme's selection, which fills in the theme's framework, reason and legal basis.
 */
export function NewTrajectoryFields({
  versions,
  inspectors,
  me,
  today,
  defaults = {},
  state,
}: {
  versions: FrameworkVersionOption[];
  inspectors: InspectorOption[];
  me: string;
  today: string;
  defaults?: { frameworkVersionId?: string; reason?: string; legalBasis?: string };
  state: FormState | undefined;
}) {
  const { t } = useI18n();
  return (
    <>
      <FrameworkVersionSelect label={t("trajectory.framework")} versions={versions} defaultValue={defaults.frameworkVersionId} state={state} />
      <TextAreaInput name="reason" label={t("trajectory.reason")} defaultValue={defaults.reason} isRequired state={state} />
      <TextInput name="legalBasis" label={t("trajectory.legalBasis")} defaultValue={defaults.legalBasis} isRequired state={state} />
      <SelectInput name="leadInspectorId" label={t("trajectory.lead")} defaultValue={me} isRequired state={state} options={inspectors.map((i) => ({ value: i.id, label: i.name }))} />
      <TeamCheckboxes legend={t("trajectory.team")} inspectors={inspectors.filter((i) => i.id !== me)} state={state} />
      <TextInput name="startDate" type="date" label={t("trajectory.start")} defaultValue={today} isRequired state={state} />
      <TextInput
        name="durationMonths"
        type="number"
        label={t("trajectories.durationMonths")}
        description={t("trajectories.deadlineRule")}
        defaultValue="9"
        isRequired
        state={state}
      />
    </>
  );
}
