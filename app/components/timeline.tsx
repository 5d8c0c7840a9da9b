import { placeEvents, type TimelineEvent, type TimelineKind } from "~/domain/timeline";
import { formatDate } from "~/i18n";
import { useI18n } from "~/utils/i18n";

// Each kind has its own marker shape as well as colour, so the picture never relies on colour.
const MARKER: Record<TimelineKind, string> = {
  start: "■",
  origin: "◎",
  visit: "●",
  round: "◆",
  report: "▲",
  draftReport: "✎",
  proposal: "◇",
  decision: "★",
  enforcement: "⬟",
  complianceCheck: "✓",
  deadlineChange: "↦",
  suspension: "⏸",
  deadline: "⚑",
  today: "▼",
};

/**
 * The trajectory at a glance: a band from start to deadline with a marker per event (the
 * picture is decorative for assistive technology), followed by the same events as an
 * ordered list — the accessible version, which also works without CSS.
 */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  const { t, locale } = useI18n();
  const placed = placeEvents(events);
  const kinds = [...new Set(placed.map((e) => e.kind))];
  const lanes = Math.max(1, ...placed.map((e) => e.lane + 1));
  return (
    <figure className="timeline">
      <div className="timeline__band" aria-hidden="true" style={{ height: `${4.5 + (lanes - 1) * 1.4}rem` }}>
        {placed.map((event, i) => (
          <span
            key={i}
            className={`timeline__marker timeline__marker--${event.kind}`}
            style={{ left: `${event.at}%`, bottom: `${event.kind === "today" ? 1.6 + (lanes - 1) * 1.4 : -0.75 + event.lane * 1.4}rem` }}
            title={`${formatDate(event.date, locale)}: ${event.label}`}
          >
            {MARKER[event.kind]}
          </span>
        ))}
        <span className="timeline__tick timeline__tick--start">{formatDate(placed[0]?.date ?? "", locale)}</span>
        <span className="timeline__tick timeline__tick--end">{formatDate(placed[placed.length - 1]?.date ?? "", locale)}</span>
      </div>
      <ul className="timeline__legend" aria-hidden="true">
        {kinds.map((kind) => (
          <li key={kind}>
            <span className={`timeline__marker-static timeline__marker--${kind}`}>{MARKER[kind]}</span> {t(`timeline.kind.${kind}`)}
          </li>
        ))}
      </ul>
      <figcaption>
        <ol className="timeline__list">
          {placed.map((event, i) => (
            <li key={i} className={event.kind === "today" ? "timeline__today" : undefined}>
              <time dateTime={event.date}>{formatDate(event.date, locale)}</time>: {event.label}
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
