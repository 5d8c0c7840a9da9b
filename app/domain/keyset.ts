import { DEFAULT_PAGE_SIZE, pageRequest } from "./pagination";
import { QUERY } from "./query-params";

/**
 * Keyset paging for the trajectory list (issue 16). Paging by offset makes page 120 walk the
 * 2,975 rows before it; paging by the sort key of the row at a page's edge ("the 25 rows after
 * deadline 2026-05-01, reference VT-2025-118") lets the database start at that key in its
 * index, so every page costs what the first does. The key is a total order: deadline, then
 * the unique reference.
 *
 * Links stay plain GET links (no JavaScript) and stay stable: "after this trajectory" still
 * means the same place when trajectories are added before it. Old `?pagina=N` links keep
 * working by offset, and `?pagina=laatste` is the last page.
 */
export interface ListKey {
  deadline: string;
  reference: string;
}

export type KeysetRequest =
  | { kind: "offset"; skip: number; take: number }
  | { kind: "after" | "before"; key: ListKey; take: number }
  | { kind: "last"; take: number };

const LAST_PAGE = "laatste";
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const SEPARATOR = "~";

/** `2026-05-01~VT-2025-118`: the deadline has a fixed form without the separator, so the first one splits. */
export function formatListKey(key: ListKey): string {
  return `${key.deadline}${SEPARATOR}${key.reference}`;
}

export function parseListKey(raw: string | null): ListKey | null {
  if (!raw) return null;
  const at = raw.indexOf(SEPARATOR);
  if (at < 0) return null;
  const deadline = raw.slice(0, at);
  const reference = raw.slice(at + 1);
  if (!ISO_DAY.test(deadline) || reference.length === 0 || reference.length > 100) return null;
  return { deadline, reference };
}

/** The page a list URL asks for. Anything malformed means the first page, never an error. */
export function keysetRequest(params: URLSearchParams, take = DEFAULT_PAGE_SIZE): KeysetRequest {
  const after = parseListKey(params.get(QUERY.after));
  if (after) return { kind: "after", key: after, take };
  const before = parseListKey(params.get(QUERY.before));
  if (before) return { kind: "before", key: before, take };
  if (params.get(QUERY.page) === LAST_PAGE) return { kind: "last", take };
  const { skip } = pageRequest(params, take);
  return { kind: "offset", skip, take };
}

/** Where a shown page sits in the whole list, and the keys its neighbours start from. */
export interface KeysetPage {
  /** Rows before the first one shown. */
  position: number;
  shown: number;
  total: number;
  /** Key of the first row shown (the previous page ends before it), or null on the first page. */
  previous: string | null;
  /** Key of the last row shown (the next page starts after it), or null on the last page. */
  next: string | null;
}

export function keysetPage(rows: ListKey[], position: number, total: number): KeysetPage {
  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    position,
    shown: rows.length,
    total,
    previous: first && position > 0 ? formatListKey(first) : null,
    next: last && position + rows.length < total ? formatListKey(last) : null,
  };
}

/** The address of a neighbouring page: the list's other parameters (filters, sort) kept, the old position dropped. */
export function keysetHref(pathname: string, search: string, target: { after: string } | { before: string } | "first" | "last"): string {
  const params = new URLSearchParams(search);
  for (const name of [QUERY.page, QUERY.after, QUERY.before]) params.delete(name);
  if (target === "last") params.set(QUERY.page, LAST_PAGE);
  else if (target !== "first") {
    if ("after" in target) params.set(QUERY.after, target.after);
    else params.set(QUERY.before, target.before);
  }
  const query = params.toString();
  return query ? `${pathname}?${query}` : pathname;
}
