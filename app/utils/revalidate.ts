import type { ShouldRevalidateFunction } from "@remix-run/react";

/**
 * After a refused save (409: someone else saved first) the page must show what is current now,
 * beside the user's own kept input. With single fetch, Remix skips reloading the page's data
 * after a 4xx action answer, which left headers and revision lists saying the old revision.
 */
export const revalidateAfterConflict: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 409 || defaultShouldRevalidate;
