// `npm run audit:verify`: walks the whole audit chain of the database in DATABASE_URL and names
// the first broken link. Exit code 0 when the chain holds, 1 when it is broken.
import { verifyAuditChain } from "../app/models/audit-chain.server.ts";
import { db } from "../app/utils/db.server.ts";

const verdict = await verifyAuditChain(db);
await db.$disconnect();
if (verdict.ok) {
  console.info(`Audit chain intact: ${verdict.checked} events checked` + (verdict.unsealed ? `, ${verdict.unsealed} from before the chain began` : "") + ".");
} else {
  const why = { content: "its content no longer matches its hash", link: "it does not link to the event before it (an event was removed, inserted or changed)", unsealed: "it carries no hash although the chain had begun" }[verdict.reason];
  console.error(`Audit chain BROKEN at event ${verdict.brokenAt}: ${why}. (${verdict.checked} events read.)`);
  process.exitCode = 1;
}
