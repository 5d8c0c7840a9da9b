import { isTrajectoryStatus } from "./lifecycle";
import { QUERY } from "./query-params";

// The trajectory list's filters come from the query string (a GET form): anything unknown
// is ignored rather than refused, so a hand-edited URL still shows a list.
export function parseTrajectoryFilters(params: URLSearchParams) {
  const text = (name: string) => params.get(name)?.trim().slice(0, 100) || undefined;
  const status = params.get("status") ?? "";
  return {
    status: isTrajectoryStatus(status) ? status : undefined,
    lead: text(QUERY.lead),
    mine: params.get(QUERY.mine) === "1",
    organisation: text(QUERY.organisation),
    q: text("q"),
    sort: params.get(QUERY.sort) === "deadline-desc" ? ("deadline-desc" as const) : ("deadline-asc" as const),
  };
}

/** The query parameter of the organisation search on the "new trajectory" page (a separate GET form). */
export const ORGANISATION_SEARCH_PARAM = QUERY.organisation;
