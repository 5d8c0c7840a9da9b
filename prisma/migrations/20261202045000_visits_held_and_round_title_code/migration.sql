-- AlterTable
ALTER TABLE "AssessmentRound" ADD COLUMN "titleCode" TEXT;
ALTER TABLE "AssessmentRound" ADD COLUMN "titleParams" TEXT;

-- CreateTable
CREATE TABLE "VisitHeld" (
    "visitId" TEXT NOT NULL PRIMARY KEY,
    "recordedById" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "VisitHeld_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Visit_date_idx" ON "Visit"("date");

-- Hand-written data steps.
-- 1. Until now every visit was entered as something that happened. Those dated today or earlier
--    (Europe/Amsterdam is at most two hours ahead of UTC; a visit recorded "today" has a date no
--    later than the UTC day after) are held; a visit dated later was entered ahead and is planned.
INSERT INTO "VisitHeld" ("visitId", "recordedById", "recordedAt")
SELECT "id", "createdById", "createdAt" FROM "Visit" WHERE "date" <= date('now', '+1 day');

-- 2. Rounds opened from a visit had their title written in the inspector's language
--    ("Tussentijds – onaangekondigd bezoek 12 maart 2026" / "Interim – unannounced visit 12 March 2026").
--    They become a code with the visit's kind and the round's date, rendered in the reader's language.
UPDATE "AssessmentRound"
SET "titleCode" = 'visitRound',
    "titleParams" = json_object(
      'kind', (SELECT CASE WHEN v."announced" THEN 'ANNOUNCED' ELSE 'UNANNOUNCED' END FROM "Visit" v WHERE v."id" = "AssessmentRound"."visitId"),
      'date', "date"),
    "title" = ''
WHERE "visitId" IS NOT NULL
  AND ("title" LIKE 'Tussentijds – % bezoek %' OR "title" LIKE 'Interim – % visit %');
