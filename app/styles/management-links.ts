import type { LinksFunction } from "@remix-run/node";
import styles from "~/styles/management.css";

/** The management journey's own stylesheet, linked by its routes (kept out of the shared app.css). */
export const managementLinks: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
