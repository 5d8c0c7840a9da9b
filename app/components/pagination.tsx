import { Link, useLocation } from "@remix-run/react";
import { keysetHref, type KeysetPage } from "~/domain/keyset";
import { QUERY } from "~/domain/query-params";
import { formatNumber } from "~/i18n";
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

/**
 * Links to the first, previous, next and last page of a list paged by key (app/domain/keyset.ts),
 * keeping the other query parameters. It says which rows are shown rather than a page number:
 * a page that starts after a key need not start at a multiple of the page size.
 */
export function KeysetPagination({ page }: { page: KeysetPage }) {
  const { t, locale } = useI18n();
  const location = useLocation();
  if (page.previous === null && page.next === null) return null;
  const href = (target: Parameters<typeof keysetHref>[2]) => keysetHref(location.pathname, location.search, target);
  return (
    <nav aria-label={t("pagination.label")} className="pagination">
      {page.previous !== null ? (
        <>
          <Link to={href("first")}>{t("pagination.first")}</Link>
          <Link to={href({ before: page.previous })}>{t("pagination.previous")}</Link>
        </>
      ) : null}
      <span aria-current="page">
        {t("pagination.rows", {
          from: formatNumber(page.shown === 0 ? page.position : page.position + 1, locale),
          to: formatNumber(page.position + page.shown, locale),
          total: formatNumber(page.total, locale),
        })}
      </span>
      {page.next !== null ? (
        <>
          <Link to={href({ after: page.next })}>{t("pagination.next")}</Link>
          <Link to={href("last")}>{t("pagination.last")}</Link>
        </>
      ) : null}
    </nav>
  );
}
