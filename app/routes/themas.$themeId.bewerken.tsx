import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import type { FormState } from "~/components/form";
import { StatusError } from "~/components/status-error";
import { ThemeForm } from "~/components/theme-parts";
import { isEditable } from "~/domain/theme";
import { ThemeSchema } from "~/domain/theme-forms";
import { teamFromForm } from "~/domain/trajectory-forms";
import { getThemeDetails, requireThemeAccess, themeFormOptions, updateTheme } from "~/models/theme.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Thema bewerken – Toezichtspoor" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const visible = await requireThemeAccess(user, params.themeId, "write");
  const [theme, options] = await Promise.all([getThemeDetails(visible.id), themeFormOptions()]);
  if (!theme) throw new Response("Not found", { status: 404 });
  return { theme, options, editable: isEditable(visible.status) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const theme = await requireThemeAccess(user, params.themeId, "write");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(ThemeSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  const result = await updateTheme(user.id, theme, parsed.data, teamFromForm(formData));
  if (result.ok) return redirect(`/themas/${theme.id}`);
  if ("field" in result) return formFailure(formData, { [result.field]: [t(result.message)] });
  return formFailure(formData, {}, t("conflict" in result ? "themes.conflict" : "themes.frozen"), 409);
}

export default function EditTheme() {
  const { theme, options, editable } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const { t } = useI18n();
  return (
    <div className="narrow-wide">
      <h1>{t("themes.editTitle", { title: theme.title })}</h1>
      {editable ? <ThemeForm options={options} defaults={theme} state={state} submit={t("themes.save")} /> : <p>{t("themes.frozen")}</p>}
      <p>
        <Link to={`/themas/${theme.id}`}>{t("themes.backToTheme")}</Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
