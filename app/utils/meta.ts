import type { MetaFunction } from "@remix-run/node";

// Most pages are titled by their loader's `pageTitle` (already in the reader's language).
export const pageTitleMeta: MetaFunction = ({ data }) => {
  const title = data && typeof data === "object" && "pageTitle" in data && typeof data.pageTitle === "string" ? data.pageTitle : null;
  return [{ title: title ? `${title} – Toezichtspoor` : "Toezichtspoor" }];
};
