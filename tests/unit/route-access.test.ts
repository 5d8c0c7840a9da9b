import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every loader and action reaches a trajectory, or anything inside one, through the access
// module (app/models/access.server.ts); no route talks to the database itself. This walks every
// route file and reads its source: a route that breaks the rule fails here, before review.
const ROUTES = path.resolve(import.meta.dirname, "../../app/routes");

const DATABASE_IMPORTS = [/from "~\/utils\/db\.server"/, /from "~\/generated\/prisma/, /from "@prisma\//, /from "better-sqlite3"/];

/** The body of each exported loader or action, by name; up to the next top-level declaration. */
function exportedHandlers(source: string): Map<string, string> {
  const handlers = new Map<string, string>();
  for (const match of source.matchAll(/^export (?:async )?function (loader|action)\b/gm)) {
    const rest = source.slice(match.index + match[0].length);
    const end = rest.search(/^(?:export |function |async function |const |type |interface )/m);
    handlers.set(match[1] ?? "", end === -1 ? rest : rest.slice(0, end));
  }
  return handlers;
}

function routeViolations(fileName: string, source: string): string[] {
  const problems: string[] = [];
  for (const pattern of DATABASE_IMPORTS) if (pattern.test(source)) problems.push(`imports the database (${pattern.source})`);
  if (/\b(requireTrajectory|trajectoryScope|visibleRounds|visibleVisits|visibleVisitsSql)\b/.test(source)) problems.push("reaches trajectory scope without the access module");
  if (/new Response\([^)]*status:\s*403/.test(source)) problems.push("answers 403 by hand instead of through the access module");
  if (fileName.startsWith("trajecten.$id")) {
    const handlers = exportedHandlers(source);
    if (handlers.size === 0) problems.push("has no loader or action");
    for (const [name, body] of handlers) {
      if (!/requireTrajectoryAccess\(user, params\.id\b/.test(body)) problems.push(`${name} does not obtain the trajectory through requireTrajectoryAccess`);
    }
    // The trajectory id in the URL is read by the access module and nowhere else.
    if (/params\.id\b/.test(source.replace(/requireTrajectoryAccess\(user, params\.id\b/g, ""))) problems.push("reads params.id outside requireTrajectoryAccess");
  }
  if (fileName.startsWith("bijlagen.") && !source.includes("requireAttachmentAccess(")) problems.push("serves an attachment without requireAttachmentAccess");
  return problems;
}

describe("routes reach trajectory data only through the access module", () => {
  const files = readdirSync(ROUTES).filter((f) => /\.tsx?$/.test(f));

  it("finds the route files", () => {
    expect(files.length).toBeGreaterThan(30);
    expect(files.filter((f) => f.startsWith("trajecten.$id")).length).toBeGreaterThan(15);
  });

  it.each(files)("%s", (file) => {
    expect(routeViolations(file, readFileSync(path.join(ROUTES, file), "utf8"))).toEqual([]);
  });

  it("flags a route that breaks each rule", () => {
    const bad = `import { db } from "~/utils/db.server";
import { requireTrajectory } from "~/models/trajectory.server";
export async function loader({ request, params }) {
  const user = await requireUser(request);
  const trajectory = await db.trajectory.findFirst({ where: { id: params.id } });
  if (!trajectory) throw new Response("Forbidden", { status: 403 });
}
export async function action({ request, params }) {
  const user = await requireUser(request);
  const trajectory = await requireTrajectoryAccess(user, params.id, "assess");
}
`;
    expect(routeViolations("trajecten.$id.voorbeeld.tsx", bad)).toEqual([
      'imports the database (from "~\\/utils\\/db\\.server")',
      "reaches trajectory scope without the access module",
      "answers 403 by hand instead of through the access module",
      "loader does not obtain the trajectory through requireTrajectoryAccess",
      "reads params.id outside requireTrajectoryAccess",
    ]);
    expect(routeViolations("bijlagen.$id.tsx", "export async function loader() {}")).toEqual(["serves an attachment without requireAttachmentAccess"]);
    expect(routeViolations("trajecten.$id.goed.tsx", "export async function loader() {\n  const trajectory = await requireTrajectoryAccess(user, params.id);\n}\n")).toEqual([]);
  });
});
