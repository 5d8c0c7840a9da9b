-- PostgreSQL's twin of prisma/migrations/20261202042738_organisation_and_user_version (decision 018).
-- Decision 005: the organisation and user edit forms carry the version they started from.
-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
