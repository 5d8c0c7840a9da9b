-- Decision 005: the organisation and user edit forms carry the version they started from.
-- Written by hand as ADD COLUMN (Prisma would rebuild both tables, dropping the triggers on "User").
ALTER TABLE "Organisation" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "User" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
