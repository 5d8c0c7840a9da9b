import { NavLink } from "@remix-run/react";
import { can, type Permission } from "~/domain/permissions";
import type { Role } from "~/domain/roles";
import type { MessageKey } from "~/i18n";
import { useI18n } from "~/utils/i18n";

export interface TrajectoryTab {
  /** Path below /trajecten/:id ("" is the overview). */
  path: string;
  label: MessageKey;
  permission?: Permission;
}

// The pages of one trajectory. Add a tab here when a route under trajecten.$id is added.
export const TRAJECTORY_TABS: TrajectoryTab[] = [{ path: "", label: "trajectory.tab.overview" },
  { path: "beoordelingen", label: "trajectory.tab.assessments" },
  { path: "maatregelen", label: "trajectory.tab.requiredMeasures" },
  { path: "bezoeken", label: "trajectory.tab.visits" },
  { path: "verbeterplan", label: "trajectory.tab.plan" },
  { path: "rapportages", label: "trajectory.tab.progressReports" },
  { path: "zienswijze", label: "trajectory.tab.draftReport" },
  { path: "afsluiting", label: "trajectory.tab.closure", permission: "closure:read" },
  { path: "handhaving", label: "enforcement.tab", permission: "closure:read" },
  { path: "rapport", label: "trajectory.tab.trajectoryReport", permission: "trajectory-report:read" },
  { path: "historie", label: "trajectory.tab.history", permission: "audit:read" }];

export function TrajectoryTabs({ trajectoryId, role }: { trajectoryId: string; role: Role }) {
  const { t } = useI18n();
  const tabs = TRAJECTORY_TABS.filter((tab) => !tab.permission || can(role, tab.permission));
  if (tabs.length < 2) return null;
  return (
    <nav aria-label={t("trajectory.tabsLabel")} className="subnav">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.path}>
            <NavLink to={`/trajecten/${trajectoryId}${tab.path ? `/${tab.path}` : ""}`} end={!tab.path}>
              {t(tab.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
