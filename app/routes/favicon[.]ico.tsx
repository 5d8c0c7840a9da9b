import { redirect } from "@remix-run/node";

// Browsers ask for /favicon.ico whatever the page links; send them to the SVG icon.
export const loader = () => redirect("/favicon.svg", { status: 301 });
