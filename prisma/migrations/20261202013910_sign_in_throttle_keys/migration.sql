-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LoginFailure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "account" TEXT NOT NULL,
    "address" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
-- Failures are kept for fifteen minutes only; the old rows (keyed by e-mail alone) are dropped.
DROP TABLE "LoginFailure";
ALTER TABLE "new_LoginFailure" RENAME TO "LoginFailure";
CREATE INDEX "LoginFailure_account_createdAt_idx" ON "LoginFailure"("account", "createdAt");
CREATE INDEX "LoginFailure_address_createdAt_idx" ON "LoginFailure"("address", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
