import { Form, NavLink } from "@remix-run/react";
import type { ReactNode } from "react";
import { can, type Permission } from "~/domain/permissions";
import type { MessageKey } from "~/i18n";
import { useI18n } from "~/utils/i18n";
import type { SessionUser } from "~/utils/session.server";

interface NavItem {
  to: string;
  label: MessageKey;
  permission?: Permission;
}

// Each item shows only to roles that may use it; the server checks again on every request.
const NAV: NavItem[] = [
  { to: "/", label: "nav.home" },
  { to: "/trajecten", label: "nav.trajectories", permission: "trajectory:read" },
  { to: "/termijnen", label: "nav.deadlines", permission: "trajectory:read" },
  { to: "/portefeuille", label: "nav.portfolio", permission: "portfolio:read" },
  { to: "/themas", label: "nav.themes", permission: "theme:read" },
  { to: "/toetsingskaders", label: "nav.frameworks", permission: "framework:read" },
  { to: "/beheer/organisaties", label: "admin.nav.organisations", permission: "admin:manage" },
  { to: "/beheer/gebruikers", label: "admin.nav.users", permission: "admin:manage" },
  { to: "/beheer/activiteit", label: "admin.nav.activity", permission: "admin:manage" },
  { to: "/beheer/maatregeltypen", label: "management.nav.measureTypes", permission: "admin:manage" },
  { to: "/beheer/berichten", label: "notify.outbox.nav", permission: "admin:manage" },
  { to: "/besluiten", label: "nav.decisions" },
  { to: "/themarapporten", label: "nav.themeReports" },
];

export function AppShell({ user, currentPath, unread = 0, children }: { user: SessionUser | null; currentPath: string; unread?: number; children: ReactNode }) {
  const { t, locale } = useI18n();
  const items = user ? NAV.filter((item) => !item.permission || can(user.role, item.permission)) : [];
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skip.toMain")}
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <a href="/" className="site-header__brand">
            {t("app.name")}
          </a>
          <div className="site-header__tools">
            {/* A new document, not a fetch: the page carries the catalogue of its language (app/utils/i18n.tsx). */}
            <Form method="post" action="/taal" className="inline-form" reloadDocument>
              <input type="hidden" name="locale" value={locale === "nl" ? "en" : "nl"} />
              <input type="hidden" name="redirectTo" value={currentPath} />
              <button type="submit" className="link-button" lang={locale === "nl" ? "en" : "nl"} aria-label={t("lang.switchToLabel")}>
                {t("lang.switchTo")}
              </button>
            </Form>
            {user ? (
              <>
                <span className="site-header__user">{t("nav.signedInAs", { name: user.name, role: t(`role.${user.role}`) })}</span>
                <NavLink to="/meldingen">{unread > 0 ? t("notify.inbox.navUnread", { count: unread }) : t("notify.inbox.nav")}</NavLink>
                <NavLink to="/account/wachtwoord">{t("account.nav.password")}</NavLink>
                <Form method="post" action="/uitloggen" className="inline-form">
                  <button type="submit" className="link-button">
                    {t("nav.signOut")}
                  </button>
                </Form>
              </>
            ) : null}
          </div>
        </div>
        {items.length > 0 ? (
          <nav aria-label={t("nav.label")} className="site-nav">
            <ul>
              {items.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === "/"}>
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
