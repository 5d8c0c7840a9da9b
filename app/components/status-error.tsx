import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { useI18n } from "~/utils/i18n";

/** The error page body for thrown 403/404 responses and unexpected errors; used by every ErrorBoundary. */
export function StatusError() {
  const error = useRouteError();
  const { t } = useI18n();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [title, text] =
    status === 404
      ? [t("error.notFound"), t("error.notFoundText")]
      : status === 403
        ? [t("error.forbidden"), t("error.forbiddenText")]
        : [t("error.title"), t("error.generic")];
  return (
    <>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href="/">{t("error.backHome")}</a>
      </p>
    </>
  );
}
