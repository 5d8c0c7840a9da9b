import type { RequestHandler } from "msw";

// One handler file per external service goes beside this one and is spread in here.
// Toezichtspoor calls no external HTTP service yet, so any outgoing request fails the test
// (onUnhandledRequest: "error") instead of reaching the network.
export const handlers: RequestHandler[] = [];
