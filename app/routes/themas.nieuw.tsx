import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import type { FormState } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { ThemeForm } from "~/components/theme-parts";
import { todayIso } from "~/domain/dates";
import { ThemeSchema } from "~/domain/theme-forms";
import { teamFromForm } from "~/domain/trajectory-forms";
import { createTheme, themeFormOptions } from "~/models/theme.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requirePermission } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Nieuw thema – Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "theme:manage");
  return { options: await themeFormOptions(), me: user.id, today: todayIso() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireActionUser(request, "theme:manage");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(ThemeSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const result = await createTheme(user.id, parsed.data, teamFromForm(formData));
  if (!result.ok) return formFailure(formData, "field" in result ? { [result.field]: [t(result.message)] } : {}, t("themes.conflict"));
  return redirect(`/themas/${result.id}?aangemaakt=1`);
}

export default function NewTheme() {
  const { options, me, today } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const { t } = useI18n();
  return (
    <div className="narrow-wide">
      <h1>{t("themes.new")}</h1>
      <p>{t("themes.newIntro")}</p>
      <ThemeForm
        options={options}
        defaults={{ title: "", purpose: "", legalBasis: "", frameworkVersionId: "", leadInspectorId: me, sector: options.sectors[0] ?? "", startDate: today, endDate: "", memberIds: [] }}
        state={state}
        submit={t("themes.create")}
      />
      <p>
        <Link to="/themas">{t("themes.back")}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
