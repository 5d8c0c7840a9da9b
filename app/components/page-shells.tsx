import type { ReactNode } from "react";
import { Form, Link } from "@remix-run/react";
import { FormErrors, SubmitButton, type FormState } from "~/components/form";
import { Pagination } from "~/components/pagination";
import type { Paging } from "~/domain/pagination";
import { useI18n } from "~/utils/i18n";
import { DataTable as ScrollTable } from "./data-table";

// The page kinds that repeat across a trajectory: a paged list, a form page and the key facts.
// One component each, so a list or a form looks and behaves the same wherever it appears.

/**
 * A paged list: title, intro, an optional "new" button, then the content, or the `empty`
 * message instead when there is nothing to list (`empty` null), and the pages.
 */
export function ListPage({
  title,
  intro,
  filters,
  status,
  action,
  empty,
  paging,
  children,
}: {
  title: string;
  intro: ReactNode;
  /** A search or filter form above the list (the administration lists). */
  filters?: ReactNode;
  /** A line about the whole list (e.g. whether the audit chain holds), shown under the intro. */
  status?: ReactNode;
  action?: { to: string; label: string } | null;
  empty: string | null;
  paging: Paging;
  children: ReactNode;
}) {
  return (
    <>
      <h1>{title}</h1>
      <p>{intro}</p>
      {action ? (
        <p>
          <Link to={action.to} className="button button--primary">
            {action.label}
          </Link>
        </p>
      ) : null}
      {filters}
      {status}
      {empty ? <p>{empty}</p> : children}
      <Pagination page={paging.page} pages={paging.pages} />
    </>
  );
}

/** A table with a caption and one header cell per column (null columns are left out); the rows are the caller's. */
export function DataTable({ caption, columns, children }: { caption: string; columns: readonly (string | null)[]; children: ReactNode }) {
  // In its own labelled scroll region, so a narrow window scrolls the table, not the page.
  return (
    <ScrollTable caption={caption}>
      <thead>
        <tr>
          {columns.map((column) =>
            column === null ? null : (
              <th scope="col" key={column}>
                {column}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </ScrollTable>
  );
}

/** A form page: title, optional intro, the post form with its error summary and submit button, and the way back. */
export function FormPage({
  title,
  intro,
  state,
  submit,
  back,
  wide = false,
  children,
}: {
  title: string;
  intro?: ReactNode;
  state: FormState | undefined;
  submit: string;
  back: { to: string; label: string };
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={wide ? "narrow-wide" : "narrow"}>
      <h1>{title}</h1>
      {intro ? <p>{intro}</p> : null}
      <Form method="post" className="stack" noValidate>
        <FormErrors state={state}>
          {children}
          <SubmitButton>{submit}</SubmitButton>
        </FormErrors>
      </Form>
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
    </div>
  );
}

export interface KeyFactsTrajectory {
  legalBasis: string;
  reason: string;
  leadInspector: { name: string };
  members: readonly { user: { name: string } }[];
  frameworkVersion: { version: number; framework: { name: string } };
}

/**
 * A trajectory's key facts: the page's own facts first (dates, status), then the ones every
 * page shows alike (lead, team, framework, legal basis) and the reason for supervision.
 */
export function KeyFacts({
  id,
  trajectory,
  facts,
  children,
}: {
  id: string;
  trajectory: KeyFactsTrajectory;
  facts: readonly { label: string; value: ReactNode }[];
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const all = [
    ...facts,
    { label: t("trajectory.lead"), value: trajectory.leadInspector.name },
    { label: t("trajectory.team"), value: trajectory.members.map((m) => m.user.name).join(", ") || "—" },
    { label: t("trajectory.framework"), value: `${trajectory.frameworkVersion.framework.name} v${trajectory.frameworkVersion.version}` },
    { label: t("trajectory.legalBasis"), value: trajectory.legalBasis },
  ];
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t("trajectory.keyDates")}</h2>
      <dl className="facts">
        {all.map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t("trajectory.reason")}</h3>
      <p className="prose">{trajectory.reason}</p>
      {children}
    </section>
  );
}
