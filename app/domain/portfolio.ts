// Portfolio rules shared by the server and the page, without I/O.
import { UNDER_SUPERVISION } from "./lifecycle";

/** "At risk": under supervision with the deadline within this many days. */
export const NEAR_DEADLINE_DAYS = 30;

/** Trajectories an inspector still works on: under supervision or in follow-up. */
export const OPEN_STATUSES = [...UNDER_SUPERVISION, "FOLLOW_UP"] as const;
