-- PostgreSQL's twin of prisma/migrations/20261202072136_trajectory_reason_code (decision 018), written by the schema engine;
-- the data step translated by hand.
-- CreateTable
CREATE TABLE "TrajectoryReasonCode" (
    "trajectoryId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "params" TEXT NOT NULL,

    CONSTRAINT "TrajectoryReasonCode_pkey" PRIMARY KEY ("trajectoryId")
);

-- AddForeignKey
ALTER TABLE "TrajectoryReasonCode" ADD CONSTRAINT "TrajectoryReasonCode_trajectoryId_fkey" FOREIGN KEY ("trajectoryId") REFERENCES "Trajectory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written data step (SQLite's, in PostgreSQL's words). A trajectory opened after a follow-up
-- outcome that was not (fully) met had its reason written as a sentence in the deciding manager's language:
--   "Vervolg op VT-2025-001: nazorgverplichting 'X' niet (volledig) voldaan."
--   "Follows VT-2025-001: follow-up obligation 'X' not (fully) met."
-- Those become the code with the earlier trajectory's reference and the obligation's title (X:
-- from the first quote to the fixed ending); a reason a person typed stays as typed.
-- (SQLite's json_object is jsonb_build_object here; its substr from the end, -n, is right(…, n).)
INSERT INTO "TrajectoryReasonCode" ("trajectoryId", "code", "params")
SELECT s."id", 'FOLLOW_UP_NOT_MET',
  CAST(jsonb_build_object('reference', s."reference", 'title', substr(s."reason", length(s."prefix") + 1, length(s."reason") - length(s."prefix") - length(s."suffix"))) AS TEXT)
FROM (
  SELECT t."id", t."reason", f."reference",
    CASE WHEN t."reason" LIKE 'Vervolg op %' THEN 'Vervolg op ' || f."reference" || ': nazorgverplichting '''
         ELSE 'Follows ' || f."reference" || ': follow-up obligation ''' END AS "prefix",
    CASE WHEN t."reason" LIKE 'Vervolg op %' THEN ''' niet (volledig) voldaan.' ELSE ''' not (fully) met.' END AS "suffix"
  FROM "Trajectory" t
  JOIN "TrajectoryLink" l ON l."toId" = t."id" AND l."reason" = 'FOLLOW_UP_NOT_MET'
  JOIN "Trajectory" f ON f."id" = l."fromId"
) s
WHERE substr(s."reason", 1, length(s."prefix")) = s."prefix"
  AND right(s."reason", length(s."suffix")) = s."suffix"
  AND length(s."reason") >= length(s."prefix") + length(s."suffix");

UPDATE "Trajectory" SET "reason" = '' WHERE "id" IN (SELECT "trajectoryId" FROM "TrajectoryReasonCode");
