import { z } from "zod";
import { editVersion, optionalText, requiredText } from "./form-rules";
import { ROLES } from "./roles";

// Forms of account and organisation administration. Imported by actions; the server judges validity.

const email = () => z.string({ error: "field.required" }).trim().toLowerCase().min(1, "field.required").max(254, "field.tooLong|254").pipe(z.email("field.email"));

const optionalEmail = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "field.tooLong|254")
    .default("")
    .refine((value) => value === "" || z.email().safeParse(value).success, "field.email");

export const kvkNumber = () => z.string({ error: "field.required" }).trim().min(1, "field.required").regex(/^\d{8}$/, "admin.field.kvk");

export const OrganisationSchema = z.object({
  name: requiredText(200),
  kvkNumber: kvkNumber(),
  sector: requiredText(100),
  location: requiredText(100),
  address: optionalText(300),
  contactName: optionalText(200),
  contactEmail: optionalEmail(),
  contactPhone: optionalText(40).refine((value) => value === "" || /^[+0-9 ()-]{6,40}$/.test(value), "admin.field.phone"),
});
export type OrganisationInput = z.infer<typeof OrganisationSchema>;

/** An edit carries the version it started from (decision 005). */
export const OrganisationEditSchema = OrganisationSchema.extend({ version: editVersion() });
export type OrganisationEdit = z.infer<typeof OrganisationEditSchema>;

export const SectorSchema = z.object({ name: requiredText(100) });

const role = () => z.enum(ROLES, { error: "closure.field.choose" });

export const InviteUserSchema = z.object({
  name: requiredText(200),
  email: email(),
  role: role(),
  /** The organisation by its KvK number (an organisation user only); "" for none. */
  organisationKvk: optionalText(20),
});
export type InviteUserInput = z.infer<typeof InviteUserSchema>;

export const ChangeUserSchema = z.object({
  role: role(),
  organisationKvk: optionalText(20),
  version: editVersion(),
});
export type ChangeUserInput = z.infer<typeof ChangeUserSchema>;

export const SetPasswordSchema = z
  .object({
    password: z.string({ error: "field.required" }).min(1, "field.required"),
    confirmation: z.string({ error: "field.required" }).min(1, "field.required"),
  })
  .refine((form) => form.password === form.confirmation, { path: ["confirmation"], message: "password.mismatch" });

export const ChangePasswordSchema = z
  .object({
    current: z.string({ error: "field.required" }).min(1, "field.required"),
    password: z.string({ error: "field.required" }).min(1, "field.required"),
    confirmation: z.string({ error: "field.required" }).min(1, "field.required"),
  })
  .refine((form) => form.password === form.confirmation, { path: ["confirmation"], message: "password.mismatch" });

export const ForgotPasswordSchema = z.object({ email: email() });

export type ActiveStatus = "" | "active" | "inactive";

/**
 * The search text and the "active / deactivated / all" filter (?q=…&status=actief|inactief)
 * that the organisations and users lists share; anything unknown means "no filter".
 */
export function listSearch(params: URLSearchParams): { q: string; status: ActiveStatus } {
  const status = params.get("status");
  return {
    q: (params.get("q") ?? "").trim().slice(0, 100),
    status: status === "inactief" ? "inactive" : status === "actief" ? "active" : "",
  };
}

/** The status filter's value in the URL, for the select to show what is filtered on. */
export const statusParam = (status: ActiveStatus) => (status === "active" ? "actief" : status === "inactive" ? "inactief" : "");

/** Search and filters of the users list; anything unknown means "no filter". */
export function userFilters(params: URLSearchParams) {
  const roleParam = params.get("rol") ?? "";
  return {
    ...listSearch(params),
    role: (ROLES as readonly string[]).includes(roleParam) ? roleParam : "",
    organisationId: (params.get("organisatie") ?? "").slice(0, 100),
  };
}

/** The contact person an inspector may invite with an organisation's first trajectory: both fields, or neither. */
export const ContactInviteSchema = z
  .object({
    contactName: optionalText(200),
    contactEmail: optionalEmail(),
  })
  .superRefine((form, ctx) => {
    if (form.contactEmail && !form.contactName) ctx.addIssue({ code: "custom", path: ["contactName"], message: "field.required" });
    if (form.contactName && !form.contactEmail) ctx.addIssue({ code: "custom", path: ["contactEmail"], message: "field.required" });
  });
