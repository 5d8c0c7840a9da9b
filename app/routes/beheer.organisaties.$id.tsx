import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { IntentButton, OrganisationFacts, OrganisationFields, type OrganisationValues } from "~/components/admin-parts";
import { FormErrors, SubmitButton, type FormState } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { OrganisationEditSchema } from "~/domain/account-forms";
import { formatDateTime, formatNumber } from "~/i18n";
import { getOrganisation, listSectors, setOrganisationActive, updateOrganisation } from "~/models/admin-organisations.server";
import { conflictResponse } from "~/utils/conflict.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requirePermission } from "~/utils/session.server";
import { DataTable } from "~/components/data-table";
import { revalidateAfterConflict } from "~/utils/revalidate";

export const meta: MetaFunction = () => [{ title: "Organisatie – Toezichtspoor" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  const [organisation, sectors] = await Promise.all([getOrganisation(params.id ?? ""), listSectors()]);
  if (!organisation) throw new Response("Not found", { status: 404 });
  return { organisation, sectors };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request, "admin:manage");
  const id = params.id ?? "";
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "deactivate" || intent === "reactivate") {
    if (!(await setOrganisationActive(user.id, id, intent === "reactivate"))) throw new Response("Not found", { status: 404 });
    return redirect(`/beheer/organisaties/${id}?${intent === "reactivate" ? "geactiveerd" : "gedeactiveerd"}=1`);
  }
  const parsed = parseForm(OrganisationEditSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const result = await updateOrganisation(user.id, id, parsed.data);
  if (!result) throw new Response("Not found", { status: 404 });
  // Another administrator saved first: 409 with theirs beside the user's own input (decision 005).
  if (!result.ok && "reason" in result) return conflictResponse(formData, t("admin.org.conflict"), result.current);
  if (!result.ok) return formFailure(formData, { [result.field]: [t(result.message)] });
  return redirect(`/beheer/organisaties/${id}?opgeslagen=1`);
}

type ActionData = FormState & { conflict?: OrganisationValues & { version: number } };

export default function OrganisationPage() {
  const { organisation, sectors } = useLoaderData<typeof loader>();
  const state = useActionData<ActionData>();
  const conflict = state?.conflict;
  const [params] = useSearchParams();
  const { t, locale } = useI18n();
  const notice = params.has("opgeslagen") ? t("admin.saved") : params.has("gedeactiveerd") ? t("admin.org.deactivated") : params.has("geactiveerd") ? t("admin.org.reactivated") : null;
  return (
    <>
      <h1>{organisation.name}</h1>
      {notice ? (
        <p role="status" className="notice">
          {notice}
        </p>
      ) : null}
      <p>
        {organisation.active ? t("admin.org.isActive") : t("admin.org.isInactive")} {t("admin.org.trajectories", { count: formatNumber(organisation._count.trajectories, locale) })}
      </p>
      {organisation.active ? <IntentButton intent="deactivate" label={t("admin.org.deactivate")} /> : <IntentButton intent="reactivate" label={t("admin.org.reactivate")} />}
      <h2>{t("admin.users.title")}</h2>
      {organisation.active ? (
        <p>
          <Link to={`/beheer/gebruikers/nieuw?kvk=${organisation.kvkNumber}`}>{t("admin.org.inviteUser")}</Link>
        </p>
      ) : null}
      {organisation.users.length === 0 ? (
        <p>{t("admin.org.noUsers")}</p>
      ) : (
        <DataTable caption={t("admin.users.title")}>
          <thead>
            <tr>
              <th scope="col">{t("admin.user.name")}</th>
              <th scope="col">{t("admin.user.email")}</th>
              <th scope="col">{t("admin.user.lastSignIn")}</th>
              <th scope="col">{t("admin.status")}</th>
            </tr>
          </thead>
          <tbody>
            {organisation.users.map((u) => (
              <tr key={u.id}>
                <th scope="row">
                  <Link to={`/beheer/gebruikers/${u.id}`}>{u.name}</Link>
                </th>
                <td>{u.email}</td>
                <td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt, locale) : t("admin.user.never")}</td>
                <td>{u.active ? t("admin.active") : t("admin.inactive")}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <h2>{t("admin.org.edit")}</h2>
      <Form method="post" className="stack narrow" noValidate>
        <FormErrors state={state}>
          {conflict ? (
            <section className="notice" aria-labelledby="conflict-title">
              <h3 id="conflict-title">{t("admin.org.conflictTitle")}</h3>
              <OrganisationFacts organisation={conflict} />
            </section>
          ) : null}
          {/* After a refusal the form continues from the newer version, so saving again applies on top of it. */}
          <input type="hidden" name="version" value={conflict?.version ?? organisation.version} />
          <OrganisationFields sectors={sectors} values={organisation} state={state} />
          <SubmitButton>{t("admin.save")}</SubmitButton>
        </FormErrors>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}

export const shouldRevalidate = revalidateAfterConflict;
