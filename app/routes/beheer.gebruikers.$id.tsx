import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { IntentButton, PendingLinkNotice, RoleFields } from "~/components/admin-parts";
import { FormErrors, SubmitButton, type FormState } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { ChangeUserSchema } from "~/domain/account-forms";
import { isRole } from "~/domain/roles";
import { formatDateTime, type MessageKey } from "~/i18n";
import { changeUser, getUserForAdmin, issueLinkFor, setUserActive } from "~/models/admin-users.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { pendingMessagesAbout } from "~/utils/outbox.server";
import { revalidateAfterConflict } from "~/utils/revalidate";
import { requireActionUser, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Gebruiker – Toezichtspoor" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const me = await requirePermission(request, "admin:manage");
  const user = await getUserForAdmin(params.id ?? "");
  if (!user) throw new Response("Not found", { status: 404 });
  return { user, pending: await pendingMessagesAbout(user.id), own: user.id === me.id };
}

const REFUSAL: Record<"ownAccount" | "lastAdmin", MessageKey> = { ownAccount: "admin.field.ownAccount", lastAdmin: "admin.field.lastAdmin" };

export async function action({ request, params }: ActionFunctionArgs) {
  const me = await requireActionUser(request, "admin:manage");
  const id = params.id ?? "";
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "deactivate" || intent === "reactivate") {
    const result = await setUserActive(me.id, id, intent === "reactivate");
    if (!result.ok) {
      if (result.reason === "notFound") throw new Response("Not found", { status: 404 });
      return formFailure(formData, {}, t(REFUSAL[result.reason]));
    }
    return redirect(`/beheer/gebruikers/${id}?${intent === "reactivate" ? "geactiveerd" : "gedeactiveerd"}=1`);
  }
  if (intent === "link") {
    const issued = await issueLinkFor(me.id, id, new URL(request.url).origin);
    if (!issued) return formFailure(formData, {}, t("admin.user.noLinkInactive"));
    return redirect(`/beheer/gebruikers/${id}?link=1`);
  }
  const parsed = parseForm(ChangeUserSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const result = await changeUser(me.id, id, parsed.data);
  if (!result.ok && "reason" in result) {
    if (result.reason === "notFound") throw new Response("Not found", { status: 404 });
    // Another administrator changed the user first: 409, the page reloads what is current now
    // (revalidateAfterConflict) and the form keeps the user's own choice (decision 005).
    return formFailure(formData, {}, t("admin.user.conflict"), 409);
  }
  if (!result.ok) return formFailure(formData, { [result.field]: [t(result.message)] });
  return redirect(`/beheer/gebruikers/${id}?opgeslagen=1`);
}

export default function UserPage() {
  const { user, pending, own } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const [params] = useSearchParams();
  const { t, locale } = useI18n();
  // The answer to the role form (it posts a role; the buttons above post only an intent).
  const fieldState = state?.values && "role" in state.values ? state : undefined;
  const notice = params.has("uitgenodigd")
    ? t("admin.user.invitedNotice")
    : params.has("gedeactiveerd")
      ? t("admin.user.deactivated")
      : params.has("geactiveerd")
        ? t("admin.user.reactivated")
        : params.has("opgeslagen")
          ? t("admin.saved")
          : params.has("link")
            ? t("admin.user.linkIssued")
            : null;
  return (
    <>
      <h1>{user.name}</h1>
      {notice ? (
        <p role="status" className="notice">
          {notice}
        </p>
      ) : null}
      {state?.formError && !fieldState ? (
        <p role="alert" className="error-summary">
          {state.formError}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t("admin.user.email")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("admin.user.role")}</dt>
        <dd>{isRole(user.role) ? t(`role.${user.role}`) : user.role}</dd>
        <dt>{t("admin.user.organisation")}</dt>
        <dd>{user.organisation ? <Link to={`/beheer/organisaties/${user.organisation.id}`}>{user.organisation.name}</Link> : "—"}</dd>
        <dt>{t("admin.status")}</dt>
        <dd>{!user.active ? t("admin.inactive") : user.invited ? t("admin.user.invited") : t("admin.active")}</dd>
        <dt>{t("admin.user.lastSignIn")}</dt>
        <dd>{user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t("admin.user.never")}</dd>
      </dl>
      {pending.map((message) => (
        <PendingLinkNotice key={message.id} message={message} />
      ))}
      {own ? (
        <p>{t("admin.user.ownAccountNote")}</p>
      ) : (
        <>
          <h2>{t("admin.user.access")}</h2>
          <div className="button-row">
            {user.active ? <IntentButton intent="deactivate" label={t("admin.user.deactivate")} /> : <IntentButton intent="reactivate" label={t("admin.user.reactivate")} />}{" "}
            {user.active ? <IntentButton intent="link" label={user.invited ? t("admin.user.newInvitation") : t("admin.user.newReset")} /> : null}
          </div>
          <h2>{t("admin.user.changeRole")}</h2>
          <p>{t("admin.user.changeRoleIntro")}</p>
          <Form method="post" className="stack narrow" noValidate>
            <FormErrors state={fieldState}>
              <input type="hidden" name="version" value={user.version} />
              <RoleFields role={user.role} organisationKvk={user.organisation?.kvkNumber ?? ""} state={fieldState} />
              <SubmitButton>{t("admin.save")}</SubmitButton>
            </FormErrors>
          </Form>
        </>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}

export const shouldRevalidate = revalidateAfterConflict;
