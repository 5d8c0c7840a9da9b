import { Link, useLocation } from "@remix-run/react";
import { QUERY } from "~/domain/query-params";
import { useI18n } from "~/utils/i18n";

/** Previous/next links that keep the other query parameters (filters, sort). Plain links: no JS needed. */
export function Pagination({ page, pages }: { page: number; pages: number }) {
  const { t } = useI18n();
  const location = useLocation();
  if (pages <= 1) return null;
  const href = (target: number) => {
    const params = new URLSearchParams(location.search);
    params.set(QUERY.page, String(target));
    return `${location.pathname}?${params}`;
  };
  return (
    <nav aria-label={t("pagination.label")} className="pagination">
      {page > 1 ? <Link to={href(page - 1)}>{t("pagination.previous")}</Link> : null}
      <span aria-current="page">{t("pagination.page", { page, pages })}</span>
      {page < pages ? <Link to={href(page + 1)}>{t("pagination.next")}</Link> : null}
    </nav>
  );
}
