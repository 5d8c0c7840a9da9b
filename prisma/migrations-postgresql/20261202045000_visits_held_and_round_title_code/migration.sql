-- PostgreSQL's twin of prisma/migrations/20261202045000_visits_held_and_round_title_code (decision 018), written by the schema engine;
-- the data steps translated by hand.
-- AlterTable
ALTER TABLE "AssessmentRound" ADD COLUMN     "titleCode" TEXT,
ADD COLUMN     "titleParams" TEXT;

-- CreateTable
CREATE TABLE "VisitHeld" (
    "visitId" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VisitHeld_pkey" PRIMARY KEY ("visitId")
);

-- CreateIndex
CREATE INDEX "Visit_date_idx" ON "Visit"("date");

-- AddForeignKey
ALTER TABLE "VisitHeld" ADD CONSTRAINT "VisitHeld_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written data steps (SQLite's, in PostgreSQL's words).
-- 1. Until now every visit was entered as something that happened. Those dated today or earlier
--    (Europe/Amsterdam is at most two hours ahead of UTC; a visit recorded "today" has a date no
--    later than the UTC day after) are held; a visit dated later was entered ahead and is planned.
--    SQLite's date('now', '+1 day') is the UTC day after, whatever the server's time zone.
INSERT INTO "VisitHeld" ("visitId", "recordedById", "recordedAt")
SELECT "id", "createdById", "createdAt" FROM "Visit"
WHERE "date" <= to_char(CAST(now() AT TIME ZONE 'UTC' AS DATE) + 1, 'YYYY-MM-DD');

-- 2. Rounds opened from a visit had their title written in the inspector's language
--    ("Tussentijds – onaangekondigd bezoek 12 maart 2026" / "Interim – unannounced visit 12 March 2026").
--    They become a code with the visit's kind and the round's date, rendered in the reader's language.
--    (SQLite's json_object is jsonb_build_object here.)
UPDATE "AssessmentRound"
SET "titleCode" = 'visitRound',
    "titleParams" = CAST(jsonb_build_object(
      'kind', (SELECT CASE WHEN v."announced" THEN 'ANNOUNCED' ELSE 'UNANNOUNCED' END FROM "Visit" v WHERE v."id" = "AssessmentRound"."visitId"),
      'date', "date") AS TEXT),
    "title" = ''
WHERE "visitId" IS NOT NULL
  AND ("title" LIKE 'Tussentijds – % bezoek %' OR "title" LIKE 'Interim – % visit %');
