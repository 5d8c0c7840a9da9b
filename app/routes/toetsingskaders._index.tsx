import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors, SubmitButton, TextInput } from "~/components/form";
import { NewFrameworkSchema } from "~/domain/framework-forms";
import { can } from "~/domain/permissions";
import { formatDate, formatNumber } from "~/i18n";
import { createFramework, listFrameworks } from "~/models/framework.server";
import { parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requirePermission } from "~/utils/session.server";
import { DataTable } from "~/components/data-table";

export const meta: MetaFunction = () => [{ title: "Toetsingskaders – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "framework:read");
  return { frameworks: await listFrameworks(), canManage: can(user.role, "framework:manage") };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireActionUser(request, "framework:manage");
  const { t } = await getTranslator(request);
  const parsed = parseForm(NewFrameworkSchema, await request.formData(), t);
  if (!parsed.ok) return parsed.response;
  return redirect(`/toetsingskaders/${await createFramework(user.id, parsed.data)}`);
}

export default function Frameworks() {
  const { frameworks, canManage } = useLoaderData<typeof loader>();
  const state = useActionData<typeof action>();
  const { t, locale } = useI18n();
  return (
    <>
      <h1>{t("frameworks.title")}</h1>
      <p>{t("frameworks.intro")}</p>
      {frameworks.map((framework) => (
        <section key={framework.id} aria-labelledby={`fw-${framework.id}`}>
          <h2 id={`fw-${framework.id}`}>
            {framework.name} <span className="muted">({framework.sector})</span>
          </h2>
          <DataTable caption={t("frameworks.versionsOf", { name: framework.name })}>
            <thead>
              <tr>
                <th scope="col">{t("frameworks.version")}</th>
                <th scope="col">{t("frameworks.effectiveDate")}</th>
                <th scope="col">{t("frameworks.norms")}</th>
                <th scope="col">{t("frameworks.usedBy")}</th>
              </tr>
            </thead>
            <tbody>
              {framework.versions.map((v) => (
                <tr key={v.id}>
                  <td>
                    <Link to={`/toetsingskaders/${v.id}`}>{t("frameworks.versionN", { version: v.version })}</Link>
                  </td>
                  <td>{formatDate(v.effectiveDate, locale)}</td>
                  <td>{formatNumber(v._count.norms, locale)}</td>
                  <td>{t("frameworks.trajectoryCount", { count: formatNumber(v._count.trajectories, locale) })}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </section>
      ))}
      {canManage ? (
        <section aria-labelledby="new-framework">
          <h2 id="new-framework">{t("frameworks.new")}</h2>
          <Form method="post" className="stack" noValidate>
            <FormErrors state={state}>
              <TextInput name="name" label={t("frameworks.name")} isRequired state={state} />
              <TextInput name="sector" label={t("trajectories.sector")} isRequired state={state} />
              <TextInput name="effectiveDate" type="date" label={t("frameworks.effectiveDate")} isRequired state={state} />
              <SubmitButton>{t("frameworks.create")}</SubmitButton>
            </FormErrors>
          </Form>
        </section>
      ) : null}
    </>
  );
}
