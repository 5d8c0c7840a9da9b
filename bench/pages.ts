import Database from "better-sqlite3";
import { formatListKey } from "../app/domain/keyset.ts";
import { BENCH_ACCOUNTS } from "./accounts.ts";
import { BENCH_THEME_ID } from "./themes.ts";

export type Role = keyof typeof BENCH_ACCOUNTS | "ANONYMOUS";

export interface BenchPage {
  name: string;
  path: string;
  role: Role;
  /** Remix route ids from root to leaf, to add up the JavaScript the page ships. */
  routes: string[];
}

/**
 * The pages the issue names, with real ids from the bench database: a trajectory led by the
 * bench inspector that has rounds, its latest round and a norm with revisions.
 */
export function benchPages(databaseFile: string): BenchPage[] {
  const db = new Database(databaseFile, { readonly: true });
  try {
    const inspector = db.prepare("SELECT id FROM User WHERE email = ?").get(BENCH_ACCOUNTS.INSPECTOR) as { id: string };
    const trajectory = db
      .prepare(
        `SELECT t.id FROM Trajectory t WHERE t.leadInspectorId = ? AND (SELECT COUNT(*) FROM AssessmentRound r WHERE r.trajectoryId = t.id) >= 2
         ORDER BY t.reference LIMIT 1`,
      )
      .get(inspector.id) as { id: string } | undefined;
    if (!trajectory) throw new Error("The bench inspector leads no trajectory with rounds; regenerate the data.");
    const assessment = db
      .prepare(
        `SELECT r.id AS roundId, a.normId FROM AssessmentRound r JOIN NormAssessment a ON a.roundId = r.id
         WHERE r.trajectoryId = ? ORDER BY r.date DESC, a.version DESC LIMIT 1`,
      )
      .get(trajectory.id) as { roundId: string; normId: string };
    const total = (db.prepare("SELECT COUNT(*) AS n FROM Trajectory").get() as { n: number }).n;
    const deepPage = Math.max(2, Math.floor(total / 25 / 2));
    // The link "next" on page deepPage - 1 gives: the key of that page's last row (app/domain/keyset.ts).
    const edge = db
      .prepare("SELECT deadline, reference FROM Trajectory ORDER BY deadline, reference LIMIT 1 OFFSET ?")
      .get((deepPage - 1) * 25 - 1) as { deadline: string; reference: string };
    const deepKey = encodeURIComponent(formatListKey(edge));
    const t = `/trajecten/${trajectory.id}`;
    const layout = ["root", "routes/trajecten.$id"];
    return [
      { name: "sign-in page", path: "/inloggen", role: "ANONYMOUS", routes: ["root", "routes/inloggen"] },
      { name: "start: inspector", path: "/", role: "INSPECTOR", routes: ["root", "routes/_index"] },
      { name: "start: organisation", path: "/", role: "ORGANISATION", routes: ["root", "routes/_index"] },
      { name: "start: manager", path: "/", role: "MANAGER", routes: ["root", "routes/_index"] },
      { name: "start: admin", path: "/", role: "ADMIN", routes: ["root", "routes/_index"] },
      { name: "trajectories p1", path: "/trajecten", role: "MANAGER", routes: ["root", "routes/trajecten._index"] },
      { name: `trajectories deep (p${deepPage})`, path: `/trajecten?na=${deepKey}`, role: "MANAGER", routes: ["root", "routes/trajecten._index"] },
      { name: "trajectory", path: t, role: "INSPECTOR", routes: [...layout, "routes/trajecten.$id._index"] },
      { name: "norms matrix", path: `${t}/beoordelingen`, role: "INSPECTOR", routes: [...layout, "routes/trajecten.$id.beoordelingen._index"] },
      {
        name: "norm revisions",
        path: `${t}/beoordelingen/${assessment.roundId}/${assessment.normId}`,
        role: "INSPECTOR",
        routes: [...layout, "routes/trajecten.$id.beoordelingen.$roundId.$normId"],
      },
      { name: "deadlines", path: "/termijnen", role: "INSPECTOR", routes: ["root", "routes/termijnen"] },
      { name: "portfolio", path: "/portefeuille", role: "MANAGER", routes: ["root", "routes/portefeuille"] },
      { name: "audit trail", path: `${t}/historie`, role: "INSPECTOR", routes: [...layout, "routes/trajecten.$id.historie"] },
      // Thematic supervision (issue 15): a theme sent to a sector of a tenth of the organisations.
      { name: "theme overview", path: `/themas/${BENCH_THEME_ID}`, role: "INSPECTOR", routes: ["root", "routes/themas.$themeId._index"] },
      { name: "theme ranking", path: `/themas/${BENCH_THEME_ID}/selectie`, role: "INSPECTOR", routes: ["root", "routes/themas.$themeId.selectie"] },
    ];
  } finally {
    db.close();
  }
}
