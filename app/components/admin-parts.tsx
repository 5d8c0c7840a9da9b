import type { ReactNode } from "react";
import { Form } from "@remix-run/react";
import { SelectInput, SubmitButton, TextInput, type FormState } from "~/components/form";
import { ROLES } from "~/domain/roles";
import { formatDateTime } from "~/i18n";
import { useI18n } from "~/utils/i18n";

// Parts of the administration pages: the organisation fields, the role fields, a pending link.

export interface OrganisationValues {
  name: string;
  kvkNumber: string;
  sector: string;
  location: string;
  address: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export function OrganisationFields({ sectors, values, state }: { sectors: string[]; values?: OrganisationValues; state: FormState | undefined }) {
  const { t } = useI18n();
  return (
    <>
      <TextInput name="name" label={t("admin.org.name")} defaultValue={values?.name} isRequired state={state} />
      <TextInput name="kvkNumber" label={t("admin.org.kvk")} description={t("admin.org.kvkHelp")} defaultValue={values?.kvkNumber} isRequired state={state} />
      <SelectInput
        name="sector"
        label={t("admin.org.sector")}
        options={sectors.map((s) => ({ value: s, label: s }))}
        placeholder={t("admin.choose")}
        defaultValue={values?.sector}
        isRequired
        state={state}
      />
      <TextInput name="location" label={t("admin.org.location")} defaultValue={values?.location} isRequired state={state} />
      <TextInput name="address" label={t("admin.org.address")} defaultValue={values?.address} state={state} />
      <TextInput name="contactName" label={t("admin.org.contactName")} defaultValue={values?.contactName} state={state} />
      <TextInput name="contactEmail" type="email" label={t("admin.org.contactEmail")} defaultValue={values?.contactEmail} state={state} />
      <TextInput name="contactPhone" label={t("admin.org.contactPhone")} defaultValue={values?.contactPhone} state={state} />
    </>
  );
}

/** An organisation's details as a list: shown beside the user's own input after a refused save. */
export function OrganisationFacts({ organisation }: { organisation: OrganisationValues }) {
  const { t } = useI18n();
  const facts: [string, string][] = [
    [t("admin.org.name"), organisation.name],
    [t("admin.org.kvk"), organisation.kvkNumber],
    [t("admin.org.sector"), organisation.sector],
    [t("admin.org.location"), organisation.location],
    [t("admin.org.address"), organisation.address],
    [t("admin.org.contactName"), organisation.contactName],
    [t("admin.org.contactEmail"), organisation.contactEmail],
    [t("admin.org.contactPhone"), organisation.contactPhone],
  ];
  return (
    <dl className="facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

export function RoleFields({ role, organisationKvk, state }: { role?: string; organisationKvk?: string; state: FormState | undefined }) {
  const { t } = useI18n();
  return (
    <>
      <SelectInput
        name="role"
        label={t("admin.user.role")}
        options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        placeholder={t("admin.choose")}
        defaultValue={role}
        isRequired
        state={state}
      />
      <TextInput name="organisationKvk" label={t("admin.user.organisationKvk")} description={t("admin.user.organisationKvkHelp")} defaultValue={organisationKvk} state={state} />
    </>
  );
}

export interface PendingLink {
  id: string;
  kind: string;
  recipient: string;
  link: string;
  expiresAt: string;
}

/** A link waiting to be handed over: there is no mail transport yet, and the page says so. */
export function PendingLinkNotice({ message }: { message: PendingLink }) {
  const { t, locale } = useI18n();
  return (
    <div className="notice">
      <p>
        {message.kind === "account.reset" ? t("admin.link.reset", { recipient: message.recipient }) : t("admin.link.invitation", { recipient: message.recipient })}
      </p>
      <p>{t("admin.link.noTransport")}</p>
      <p>
        {t("admin.link.label")}: <code className="handover-link">{message.link}</code>
      </p>
      <p>{t("admin.link.expires", { when: formatDateTime(message.expiresAt, locale) })}</p>
    </div>
  );
}

/** One button that posts an intent (deactivate, reactivate, new link). */
export function IntentButton({ intent, label, variant = "secondary" }: { intent: string; label: string; variant?: "primary" | "secondary" }) {
  return (
    <Form method="post" className="inline-form">
      <SubmitButton name="intent" value={intent} variant={variant}>
        {label}
      </SubmitButton>
    </Form>
  );
}

/** The "active / deactivated / all" filter of the organisations and users lists (?status=actief|inactief). */
export function ActiveStatusFilter({ value }: { value: string }) {
  const { t } = useI18n();
  return (
    <SelectInput
      name="status"
      label={t("admin.status")}
      defaultValue={value}
      placeholder={t("admin.all")}
      options={[
        { value: "actief", label: t("admin.active") },
        { value: "inactief", label: t("admin.inactive") },
      ]}
    />
  );
}

/** The search and filter form above an administration list: a GET form, so results have an address. */
export function AdminSearch({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Form method="get" className="filters" role="search" aria-label={label}>
      {children}
      <SubmitButton variant="secondary">{t("admin.filter")}</SubmitButton>
    </Form>
  );
}
