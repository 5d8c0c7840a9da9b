// Query parameters are Dutch, like the paths (/trajecten?organisatie=…&pagina=2). The names
// below were English once; a link or bookmark that still uses one is redirected to the Dutch
// name (root loader), so old links keep working. Values are codes and stay as they are.
export const QUERY = {
  page: "pagina",
  /** Keyset paging (trajectory list): the rows after, or before, the row with this key. */
  after: "na",
  before: "voor",
  organisation: "organisatie",
  lead: "inspecteur",
  mine: "mijn",
  sort: "volgorde",
  returnTo: "naar",
} as const;

const LEGACY_NAMES: Record<string, string> = {
  page: QUERY.page,
  organisation: QUERY.organisation,
  lead: QUERY.lead,
  mine: QUERY.mine,
  sort: QUERY.sort,
  redirectTo: QUERY.returnTo,
};

/** The same address with every old English parameter name made Dutch; null when it has none. */
export function withDutchQueryNames(url: URL): string | null {
  const names = [...url.searchParams.keys()];
  if (!names.some((name) => name in LEGACY_NAMES)) return null;
  const renamed = new URLSearchParams();
  for (const [name, value] of url.searchParams) {
    const dutch = LEGACY_NAMES[name];
    // Where both the old and the new name are present, the new one wins.
    if (dutch && url.searchParams.has(dutch)) continue;
    renamed.append(dutch ?? name, value);
  }
  const query = renamed.toString();
  return `${url.pathname}${query ? `?${query}` : ""}`;
}
