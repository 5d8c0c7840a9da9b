import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
} from "@remix-run/react";
import styles from "~/styles/app.css";
import { AppShell } from "~/components/app-shell";
import { StatusError } from "~/components/status-error";
import { withDutchQueryNames } from "~/domain/query-params";
import { getUser } from "~/utils/session.server";
import { getLocale } from "~/utils/locale.server";
import { I18nData, useI18n } from "~/utils/i18n";
import { useNonce } from "~/utils/nonce";
import { unreadCount } from "~/models/notification.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Toezichtspoor" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  // Old links with English parameter names (?page=2, ?organisation=…) land on the Dutch ones.
  const dutch = withDutchQueryNames(url);
  if (dutch) throw redirect(dutch, 301);
  const [user, locale] = await Promise.all([getUser(request), getLocale(request)]);
  // The header's "Notifications (n unread)": one indexed count per page.
  const unread = user ? await unreadCount(user) : 0;
  return { user, locale, unread, path: `${url.pathname}${url.search}` };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const { locale } = useI18n();
  const nonce = useNonce();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        <I18nData />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const { user, path, unread } = useLoaderData<typeof loader>();
  return (
    <AppShell user={user} currentPath={path} unread={unread}>
      <Outlet />
    </AppShell>
  );
}

export function ErrorBoundary() {
  return (
    <main id="main" className="page">
      <StatusError />
    </main>
  );
}
