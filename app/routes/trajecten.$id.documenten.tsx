import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { FormErrors, SelectInput, SubmitButton, TextInput, type FormState } from "~/components/form";
import { RadioGroupInput } from "~/components/choice-fields";
import { FileInput, fileSize } from "~/components/progress-report-parts";
import { StatusError } from "~/components/status-error";
import { AdvanceDocumentSchema, DocumentSchema } from "~/domain/document-forms";
import { DOCUMENT_KINDS, DOCUMENT_STATUSES, isPublicReport, nextReportStatus } from "~/domain/documents";
import { todayIso } from "~/domain/dates";
import { mayOnTrajectory, seesInternalRecords } from "~/domain/permissions";
import { formatDate } from "~/i18n";
import { requireTrajectoryAccess } from "~/models/access.server";
import { addDocument, advanceDocument, listDocuments } from "~/models/document.server";
import { env } from "~/utils/env.server";
import { discardStaged, readUploadForm } from "~/utils/files.server";
import { formFailure, parseForm } from "~/utils/forms.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireActionUser, requireUser } from "~/utils/session.server";
import { pageTitleMeta } from "~/utils/meta";

export const meta = pageTitleMeta;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id);
  const { t } = await getTranslator(request);
  return {
    pageTitle: `${t("document.title")} ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    internal: seesInternalRecords(user),
    canWrite: mayOnTrajectory(user, trajectory, "assess"),
    documents: await listDocuments(user, trajectory.id),
    maxMb: env.MAX_UPLOAD_MB,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireActionUser(request);
  // The team adds and advances documents, while the trajectory is open for work.
  const trajectory = await requireTrajectoryAccess(user, params.id, "assess");
  const { t } = await getTranslator(request);
  const { formData, files, problems } = await readUploadForm(request);
  try {
    const problem = Object.values(problems)[0];
    if (problem) return formFailure(formData, { file: [t(`progressReport.upload.${problem}`, { max: env.MAX_UPLOAD_MB })] });
    if (formData.get("intent") === "advance") {
      const parsed = parseForm(AdvanceDocumentSchema, formData, t);
      if (!parsed.ok) return parsed.response;
      const result = await advanceDocument(user, trajectory, parsed.data.documentId, parsed.data.version, parsed.data.publishedOn ?? todayIso());
      if (result.ok) return redirect(`/trajecten/${trajectory.id}/documenten`);
      if (result.reason === "notFound") throw new Response("Not found", { status: 404 });
      return formFailure(formData, {}, t(result.reason === "conflict" ? "document.conflict" : "document.noNextStep"), 409);
    }
    const parsed = parseForm(DocumentSchema, formData, t);
    if (!parsed.ok) return parsed.response;
    await addDocument(user, trajectory, parsed.data, files.find((f) => f.field === "file"), todayIso());
    return redirect(`/trajecten/${trajectory.id}/documenten?toegevoegd=1`);
  } finally {
    // Whatever was not committed to storage goes: a refused upload leaves no file behind.
    await discardStaged(files);
  }
}

export default function Documents() {
  const { internal, canWrite, documents, maxMb } = useLoaderData<typeof loader>();
  const state = useActionData<FormState>();
  const { t, locale } = useI18n();
  return (
    <>
      <h1>{t("document.title")}</h1>
      <p>{t(internal ? "document.intro" : "document.introOrganisation")}</p>
      {documents.length === 0 ? (
        <p>{t("document.none")}</p>
      ) : (
        <DataTable caption={t("document.caption")}>
          <thead>
            <tr>
              <th scope="col">{t("document.date")}</th>
              <th scope="col">{t("document.docTitle")}</th>
              <th scope="col">{t("document.kind")}</th>
              <th scope="col">{t("document.status")}</th>
              <th scope="col">{t("document.file")}</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((d) => {
              const next = canWrite ? nextReportStatus(d.kind, d.status) : null;
              return (
                <tr key={d.id}>
                  <td>{formatDate(d.date, locale)}</td>
                  <th scope="row">{d.title}</th>
                  <td>{t(`document.kind.${DOCUMENT_KINDS.find((k) => k === d.kind) ?? "LETTER"}`)}</td>
                  <td>
                    {t(`document.status.${DOCUMENT_STATUSES.find((s) => s === d.status) ?? "INTERNAL"}`)}
                    {d.publishedOn ? ` (${t("document.publishedOn", { date: formatDate(d.publishedOn, locale) })})` : null}
                    {isPublicReport(d) ? (
                      <>
                        {" · "}
                        <Link to={`/rapporten/${d.id}`}>{t("document.publicPage")}</Link>
                      </>
                    ) : null}
                    {next ? (
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="intent" value="advance" />
                        <input type="hidden" name="documentId" value={d.id} />
                        <input type="hidden" name="version" value={d.version} />
                        <button type="submit" className="button button--secondary">
                          {t(`document.advance.${next}`)}
                          <span className="visually-hidden"> {d.title}</span>
                        </button>
                      </Form>
                    ) : null}
                  </td>
                  <td>
                    {d.fileName ? (
                      <a href={`/documenten/${d.id}`} download>
                        {t("document.download", { name: d.fileName })} ({fileSize(d.size ?? 0, locale)})
                      </a>
                    ) : null}
                    {d.fileName && d.url ? " · " : null}
                    {d.url ? (
                      <a href={d.url} rel="noopener noreferrer">
                        {t("document.link")}
                        <span className="visually-hidden"> {d.title}</span>
                      </a>
                    ) : null}
                    {!d.fileName && !d.url ? "—" : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      {canWrite ? (
        <section aria-labelledby="add-document" className="narrow">
          <h2 id="add-document">{t("document.addTitle")}</h2>
          <Form method="post" encType="multipart/form-data" className="stack" noValidate>
            <FormErrors state={state}>
              <RadioGroupInput
                name="kind"
                label={t("document.kind")}
                options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`document.kind.${kind}`) }))}
                isRequired
                state={state}
              />
              <TextInput name="title" label={t("document.docTitle")} isRequired state={state} />
              <TextInput name="date" type="date" label={t("document.date")} isRequired state={state} />
              <SelectInput
                name="status"
                label={t("document.status")}
                description={t("document.statusHint")}
                options={DOCUMENT_STATUSES.map((status) => ({ value: status, label: t(`document.status.${status}`) }))}
                isRequired
                state={state}
              />
              <TextInput name="url" label={t("document.url")} description={t("document.urlHint")} state={state} />
              <FileInput name="file" label={t("document.file")} description={t("document.fileHint", { max: maxMb })} />
              <SubmitButton>{t("document.save")}</SubmitButton>
            </FormErrors>
          </Form>
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <StatusError />;
}
