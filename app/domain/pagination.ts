import { QUERY } from "./query-params";

export const DEFAULT_PAGE_SIZE = 25;
const MAX_PAGE = 100_000;

export interface PageRequest {
  page: number;
  pageSize: number;
  skip: number;
  take: number;
}

/** Page numbers from ?pagina=N, clamped to something sane (bad input means page 1). */
export function pageRequest(searchParams: URLSearchParams, pageSize = DEFAULT_PAGE_SIZE): PageRequest {
  const raw = Number.parseInt(searchParams.get(QUERY.page) ?? "1", 10);
  const page = Number.isFinite(raw) && raw >= 1 ? Math.min(raw, MAX_PAGE) : 1;
  return { page, pageSize, skip: (page - 1) * pageSize, take: pageSize };
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export interface Paging {
  page: number;
  pages: number;
}

/** Where a paged list stands: the page shown and how many there are. */
export function pagingOf(request: PageRequest, total: number): Paging {
  return { page: request.page, pages: pageCount(total, request.pageSize) };
}
