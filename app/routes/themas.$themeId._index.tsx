import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { FormErrors, SubmitButton, type FormState } from "~/components/form";
import { DataTable } from "~/components/page-shells";
import { Pagination } from "~/components/pagination";
import { StatusError } from "~/components/status-error";
import { Notice, RecipientStateBadge, ThemeStatusBadge, ThemeTabs } from "~/components/theme-parts";
import { todayIso } from "~/domain/dates";
import { pageRequest, pagingOf } from "~/domain/pagination";
import { RECIPIENT_STATES, nextThemeStatus } from "~/domain/theme";
import { AdvanceSchema } from "~/domain/theme-forms";
import { formatDate, formatNumber } from "~/i18n";
import { advanceTheme, getThemeDetails, mayWriteTheme, recipientsOverview, requireThemeAccess } from "~/models/theme.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.theme.title} – Toezichtspoor` : "Toezichtspoor" }];

const RECIPIENTS_PER_PAGE = 50;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const visible = await requireThemeAccess(user, params.themeId);
  const page = pageRequest(new URL(request.url).searchParams, RECIPIENTS_PER_PAGE);
  const [theme, overview] = await Promise.all([getThemeDetails(visible.id), recipientsOverview(visible.id, todayIso(), page)]);
  if (!theme) throw new Response("Not found", { status: 404 });
  const next = nextThemeStatus(visible.status);
  // Publishing has its own step on the report page (it needs a date and a summary).
  return { theme, overview, paging: pagingOf(page, overview.total), mayWrite: mayWriteTheme(user, visible), next: next === "PUBLISHED" ? null : next };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  const theme = await requireThemeAccess(user, params.themeId, "write");
  const { t } = await getTranslator(request);
  const formData = await request.formData();
  const parsed = parseForm(AdvanceSchema, formData, t);
  if (!parsed.ok) return parsed.response;
  if (nextThemeStatus(theme.status) === "PUBLISHED") return formFailure(formData, {}, t("themes.frozen"), 409);
  const result = await advanceTheme(user.id, theme, parsed.data.version);
  if (!result.ok) return formFailure(formData, {}, t(result.reason === "conflict" ? "themes.conflict" : "themes.frozen"), 409);
  return redirect(`/themas/${theme.id}?status=1`);
}

export default function ThemeOverview() {
  const { theme, overview, paging, mayWrite, next } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const [params] = useSearchParams();
  const { t, locale } = useI18n();
  const facts = [
    { label: t("themes.field.status"), value: <ThemeStatusBadge status={theme.status} /> },
    { label: t("themes.field.sector"), value: theme.sector },
    { label: t("themes.field.period"), value: `${formatDate(theme.startDate, locale)} – ${formatDate(theme.endDate, locale)}` },
    { label: t("themes.field.deadline"), value: theme.requestDeadline ? formatDate(theme.requestDeadline, locale) : "—" },
    { label: t("themes.field.lead"), value: theme.lead },
    { label: t("themes.field.team"), value: theme.team.join(", ") || "—" },
    { label: t("themes.field.framework"), value: theme.framework },
    { label: t("themes.field.legalBasis"), value: theme.legalBasis },
    { label: t("themes.field.published"), value: theme.publishedOn ? formatDate(theme.publishedOn, locale) : "—" },
  ];
  return (
    <>
      <h1>{theme.title}</h1>
      <ThemeTabs themeId={theme.id} />
      {params.has("aangemaakt") ? <Notice>{t("themes.created")}</Notice> : null}
      {params.has("verzonden") ? <Notice>{t("themes.send.done", { count: formatNumber(Number(params.get("verzonden")) || 0, locale) })}</Notice> : null}
      {params.has("status") ? <Notice>{t("themes.statusChanged")}</Notice> : null}
      <dl className="facts">
        {facts.map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <h2>{t("themes.field.purpose")}</h2>
      <p className="prose">{theme.purpose}</p>
      {mayWrite && theme.status === "DRAFT" ? (
        <p>
          <Link to={`/themas/${theme.id}/bewerken`}>{t("themes.edit")}</Link>
        </p>
      ) : null}
      {mayWrite && next ? (
        <Form method="post" className="stack" noValidate>
          <FormErrors state={state}>
            <input type="hidden" name="version" value={theme.version} />
            <p>{t("themes.advanceHelp", { status: t(`themes.status.${next}`) })}</p>
            <SubmitButton variant="secondary">{t(`themes.advance.${next as "CLOSED"}`)}</SubmitButton>
          </FormErrors>
        </Form>
      ) : null}
      <h2>{t("themes.recipients")}</h2>
      {overview.total === 0 ? (
        <p>{t("themes.noRecipients")}</p>
      ) : (
        <>
          <DataTable caption={t("themes.stateCountsCaption")} columns={[t("themes.state.label"), t("themes.count")]}>
            {RECIPIENT_STATES.map((s) => (
              <tr key={s}>
                <td>{t(`themes.state.${s}`)}</td>
                <td>{formatNumber(overview.counts[s], locale)}</td>
              </tr>
            ))}
          </DataTable>
          <DataTable caption={t("themes.recipientsCaption", { count: formatNumber(overview.total, locale) })} columns={[t("themes.organisation"), t("themes.state.label"), t("themes.field.deadline")]}>
            {overview.recipients.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link to={`/uitvragen/${r.id}`}>{r.organisation.name}</Link> <span className="muted">({r.organisation.location})</span>
                </td>
                <td>
                  <RecipientStateBadge state={r.state} />
                </td>
                <td>{formatDate(r.deadline, locale)}</td>
              </tr>
            ))}
          </DataTable>
          <Pagination page={paging.page} pages={paging.pages} />
        </>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
