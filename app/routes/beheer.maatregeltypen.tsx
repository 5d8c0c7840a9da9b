import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FormErrors, SubmitButton, TextInput, type FormState } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { MeasureTypeSchema } from "~/domain/closure-forms";
import { formatNumber } from "~/i18n";
import { createMeasureType, measureTypeUsage } from "~/models/measure-type.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requirePermission } from "~/utils/session.server";
import { managementLinks } from "~/styles/management-links";
import { DataTable } from "~/components/data-table";

export const links = managementLinks;

export const meta: MetaFunction = () => [{ title: "Maatregeltypen – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "admin:manage");
  return { types: await measureTypeUsage() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireActionUser(request, "admin:manage");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(MeasureTypeSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const result = await createMeasureType(user, parsed.data);
  if (!result.ok) return formFailure(formData, { code: [t("management.field.codeTaken")] });
  return redirect("/beheer/maatregeltypen?toegevoegd=1");
}

export default function MeasureTypes() {
  const { types } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const [params] = useSearchParams();
  const { t, locale } = useI18n();
  return (
    <>
      <h1>{t("management.measureTypes.title")}</h1>
      <p>{t("management.measureTypes.intro")}</p>
      {params.get("toegevoegd") ? (
        <p role="status" className="notice">
          {t("management.measureTypes.added")}
        </p>
      ) : null}
      <DataTable caption={t("management.measureTypes.title")}>
        <thead>
          <tr>
            <th scope="col">{t("management.measureTypes.code")}</th>
            <th scope="col">{t("management.measureTypes.nameNl")}</th>
            <th scope="col">{t("management.measureTypes.nameEn")}</th>
            <th scope="col">{t("management.measureTypes.used")}</th>
          </tr>
        </thead>
        <tbody>
          {types.map((type) => (
            <tr key={type.id}>
              <th scope="row">{type.code}</th>
              <td lang="nl">{type.nameNl}</td>
              <td lang="en">{type.nameEn}</td>
              <td>
                {t("management.measureTypes.usedValue", {
                  measures: formatNumber(type._count.measures, locale),
                  proposals: formatNumber(type._count.proposals, locale),
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <h2>{t("management.measureTypes.new")}</h2>
      <Form method="post" className="stack narrow" noValidate>
        <FormErrors state={state}>
          <TextInput name="code" label={t("management.measureTypes.code")} description={t("management.measureTypes.codeHint")} isRequired state={state} />
          <TextInput name="nameNl" label={t("management.measureTypes.nameNl")} isRequired state={state} />
          <TextInput name="nameEn" label={t("management.measureTypes.nameEn")} isRequired state={state} />
          <SubmitButton>{t("management.measureTypes.add")}</SubmitButton>
        </FormErrors>
      </Form>
    </>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
