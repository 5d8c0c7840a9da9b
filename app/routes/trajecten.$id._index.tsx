import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { RatingBadge } from "~/components/badges";
import { DueList } from "~/components/due-list";
import { KeyFacts } from "~/components/page-shells";
import { Timeline } from "~/components/timeline";
import { daysBetween, durationChanged, supervisionDeadline, todayIso } from "~/domain/dates";
import { UNDER_SUPERVISION } from "~/domain/lifecycle";
import { seesInternalRecords } from "~/domain/permissions";
import { formatDate } from "~/i18n";
import { sortedDueItems } from "~/models/deadline.server";
import { requireTrajectoryAccess } from "~/models/access.server";
import { getTrajectoryOverview, overviewSelect } from "~/models/trajectory.server";
import { timelineEvents } from "~/models/timeline.server";
import { trajectoryOrigin } from "~/models/theme-selection.server";
import { trajectoryLinks } from "~/models/follow-up.server";
import { suspendedDaysTotal } from "~/models/suspension.server";
import { getTranslator } from "~/utils/locale.server";
import { useI18n } from "~/utils/i18n";
import { requireUser } from "~/utils/session.server";
import { DataTable } from "~/components/data-table";

const NEXT_DUE = 8;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await getTrajectoryOverview(user, await requireTrajectoryAccess(user, params.id, "read", overviewSelect));
  const { t, locale } = await getTranslator(request);
  const today = todayIso();
  const [due, timeline, origin, links, suspendedDays] = await Promise.all([
    // An organisation's view of its own trajectory leaves the inspectorate's internal items out.
    sortedDueItems(
      { kind: "trajectory", trajectoryId: trajectory.id, ...(seesInternalRecords(user) ? {} : { organisationId: trajectory.organisation.id }) },
      NEXT_DUE,
    ),
    timelineEvents(user, trajectory, t, locale, today),
    trajectoryOrigin(trajectory.id),
    trajectoryLinks(trajectory.id),
    suspendedDaysTotal(trajectory.id),
  ]);
  // Days left only mean something while the organisation is under supervision.
  const underSupervision = (UNDER_SUPERVISION as readonly string[]).includes(trajectory.status);
  return { trajectory, due, timeline, origin, links, suspendedDays, daysLeft: underSupervision ? daysBetween(today, trajectory.deadline) : null };
}

export default function TrajectoryOverview() {
  const { trajectory, due, timeline, origin, links, suspendedDays, daysLeft } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <>
      <h1>
        {trajectory.organisation.name}: {t("trajectory.overviewTitle")}
      </h1>
      <KeyFacts
        id="key-facts"
        trajectory={trajectory}
        facts={[
          { label: t("trajectory.start"), value: formatDate(trajectory.startDate, locale) },
          {
            label: t("trajectory.duration"),
            // After an extension the duration alone would disagree with the deadline beside it.
            value: durationChanged(trajectory)
              ? t("trajectory.durationChanged", {
                  months: trajectory.durationMonths,
                  date: formatDate(supervisionDeadline(trajectory.startDate, trajectory.durationMonths), locale),
                })
              : t("trajectory.durationMonths", { months: trajectory.durationMonths }),
          },
          {
            label: t("trajectory.deadline"),
            value: (
              <>
                {/* Suspended days are shown apart: a suspension is not an extension. */}
                {suspendedDays > 0
                  ? t("suspension.keyFact", { date: formatDate(trajectory.deadline, locale), days: suspendedDays })
                  : formatDate(trajectory.deadline, locale)}
                {trajectory.deadlineOverrideReason ? <span className="muted"> ({trajectory.deadlineOverrideReason})</span> : null}
              </>
            ),
          },
          {
            label: t("trajectory.daysLeft"),
            value:
              daysLeft === null
                ? t("trajectory.notUnderSupervision")
                : daysLeft >= 0
                  ? t("trajectory.daysLeftValue", { days: daysLeft })
                  : t("trajectory.daysOverdue", { days: -daysLeft }),
          },
          // Issue 15: a trajectory started from a theme's selection says where it came from.
          ...(origin
            ? [
                {
                  label: t("themes.origin.title"),
                  value: (
                    <>
                      {t("themes.origin.text", { title: origin.themeTitle, date: formatDate(todayIso(new Date(origin.createdAt)), locale) })}{" "}
                      <Link to={`/uitvragen/${origin.recipientId}`}>{t("themes.origin.answers")}</Link>
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />

      {links.follows.length + links.followedBy.length > 0 ? (
        <section aria-labelledby="links">
          <h2 id="links">{t("trajectory.links.title")}</h2>
          <ul>
            {links.follows.map((l) => (
              <li key={l.id}>
                <Link to={`/trajecten/${l.id}`}>{t("trajectory.links.follows", { reference: l.reference })}</Link>
              </li>
            ))}
            {links.followedBy.map((l) => (
              <li key={l.id}>
                <Link to={`/trajecten/${l.id}`}>{t("trajectory.links.followedBy", { reference: l.reference })}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="timeline">
        <h2 id="timeline">{t("timeline.title")}</h2>
        <Timeline events={timeline} />
      </section>

      <section aria-labelledby="next-due">
        <h2 id="next-due">{t("home.dueSoon")}</h2>
        <DueList items={due} caption={t("home.dueSoon")} showTrajectory={false} />
        <p>
          <Link to={`/termijnen?traject=${encodeURIComponent(trajectory.reference)}`}>{t("deadlines.allOfTrajectory")}</Link>
        </p>
      </section>

      <section aria-labelledby="norms">
        <h2 id="norms">{t("trajectory.norms")}</h2>
        {trajectory.frameworkVersion.illustrative ? <p className="notice">{t("trajectory.illustrative")}</p> : null}
        <DataTable caption={t("trajectory.norms")}>
          <thead>
            <tr>
              <th scope="col">{t("trajectory.norm")}</th>
              <th scope="col">{t("trajectory.latestRating")}</th>
              <th scope="col">{t("trajectory.round")}</th>
            </tr>
          </thead>
          <tbody>
            {trajectory.norms.map((norm) => (
              <tr key={norm.id}>
                <th scope="row">
                  {norm.code} {norm.title}
                </th>
                <td>
                  <RatingBadge rating={norm.latest?.rating ?? null} />
                </td>
                <td>{norm.latest ? `${norm.latest.roundTitle} (${formatDate(norm.latest.roundDate, locale)})` : "—"}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </section>
    </>
  );
}
