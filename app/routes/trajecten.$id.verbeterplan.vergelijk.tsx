import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { PlanComparison } from "~/components/plan-comparison";
import { StatusError } from "~/components/status-error";
import { comparePlanActions } from "~/domain/plan";
import { listPlanVersions, planVersionByNumber } from "~/models/plan.server";
import { requireTrajectoryAccess } from "~/models/access.server";
import { useI18n } from "~/utils/i18n";
import { getTranslator } from "~/utils/locale.server";
import { requireUser } from "~/utils/session.server";
import { pageTitleMeta } from "~/utils/meta";

export const meta = pageTitleMeta;

function versionParam(value: string | null, fallback: number): number {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** Two versions side by side (?van=1&naar=2, by default the last two): per action added, changed or removed. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id);
  const { t } = await getTranslator(request);
  const versions = await listPlanVersions(trajectory.id);
  const search = new URL(request.url).searchParams;
  const latest = versions[0]?.number ?? 1;
  const to = versionParam(search.get("naar"), latest);
  const from = versionParam(search.get("van"), Math.max(1, to - 1));
  const [before, after] = await Promise.all([planVersionByNumber(trajectory.id, from), planVersionByNumber(trajectory.id, to)]);
  return {
    pageTitle: `${t("plan.compareTitle")} ${trajectory.reference}`,
    trajectoryId: trajectory.id,
    numbers: versions.map((v) => v.number),
    from,
    to,
    found: Boolean(before && after),
    changes: before && after ? comparePlanActions(before.actions, after.actions) : [],
  };
}

/** One end of the comparison: a version number, chosen from the versions there are. */
function VersionSelect({ name, label, value, options }: { name: string; label: string; value: number; options: { value: string; label: string }[] }) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={String(value)} className="field__input">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export default function ComparePlanVersions() {
  const { trajectoryId, numbers, from, to, found, changes } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const options = numbers.map((n) => ({ value: String(n), label: t("plan.versionNumber", { number: n }) }));
  return (
    <>
      <h1>{t("plan.compareTitle")}</h1>
      <Form method="get" className="filters">
        <VersionSelect name="van" label={t("plan.compareFrom")} value={from} options={options} />
        <VersionSelect name="naar" label={t("plan.compareTo")} value={to} options={options} />
        <button type="submit" className="button button--secondary">
          {t("plan.compareButton")}
        </button>
      </Form>
      {found ? <PlanComparison changes={changes} from={from} to={to} /> : <p>{t("plan.compareMissing")}</p>}
      <p>
        <Link to={`/trajecten/${trajectoryId}/verbeterplan`}>{t("plan.back")}</Link>
      </p>
    </>
  );
}

// A refused or missing thing shows the app's error page, inside the app's shell.
export const ErrorBoundary = StatusError;
