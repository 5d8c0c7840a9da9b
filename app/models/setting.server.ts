import { db } from "~/utils/db.server";

/** Whether the demo data was loaded into this database (prisma/seed-data.ts records it). */
export async function demoDataLoaded(): Promise<boolean> {
  const row = await db.setting.findUnique({ where: { key: "demoData" }, select: { value: true } });
  return row?.value === "loaded";
}
