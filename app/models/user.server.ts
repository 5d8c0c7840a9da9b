import { ADDRESS_LIMIT, WINDOW_MINUTES, secondsToWait, type ThrottleKeys } from "~/domain/login-throttle";
import { db } from "~/utils/db.server";
import { verifyPassword } from "../../prisma/password";

const sqlTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

export type SignInResult = { ok: true; userId: string } | { ok: false; reason: "throttled"; waitSeconds: number } | { ok: false; reason: "invalid" };

/**
 * Checks a sign-in under the throttle. The attempt is first recorded as a failure by one
 * INSERT … SELECT that succeeds only while both its keys are under their limits — one SQLite
 * statement, so simultaneous attempts cannot all slip through between a count and a write.
 * Only then is the password checked; a correct one removes the record again.
 */
export async function signInThrottled(email: string, password: string, keys: ThrottleKeys, now = new Date()): Promise<SignInResult> {
  const since = sqlTime(new Date(now.getTime() - WINDOW_MINUTES * 60_000));
  const reserved = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO LoginFailure (account, address, createdAt)
    SELECT ${keys.account}, ${keys.address}, ${sqlTime(now)}
    WHERE (SELECT COUNT(*) FROM LoginFailure WHERE account = ${keys.account} AND createdAt > ${since}) < ${keys.limit}
      AND (CAST(${keys.address} AS TEXT) IS NULL OR (SELECT COUNT(*) FROM LoginFailure WHERE address = ${keys.address} AND createdAt > ${since}) < ${ADDRESS_LIMIT})
    RETURNING id`;
  const reservation = reserved[0];
  if (!reservation) {
    const [oldest] = await db.$queryRaw<{ createdAt: string }[]>`
      SELECT MIN(createdAt) AS createdAt FROM LoginFailure
      WHERE (account = ${keys.account} OR (CAST(${keys.address} AS TEXT) IS NOT NULL AND address = ${keys.address})) AND createdAt > ${since}`;
    return { ok: false, reason: "throttled", waitSeconds: secondsToWait(oldest?.createdAt ? new Date(oldest.createdAt) : null, now) };
  }
  const user = await db.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, passwordHash: true, active: true, organisation: { select: { active: true } } },
  });
  // Hash even for unknown emails (and invited users without a password yet), so response
  // time does not tell which emails exist.
  const valid = await verifyPassword(password, user?.passwordHash || DUMMY_HASH);
  if (user && user.passwordHash && user.active && user.organisation?.active !== false && valid) {
    // The right password clears this account's (or this device's) failures, not the address's.
    await db.$transaction([
      db.$executeRaw`DELETE FROM LoginFailure WHERE id = ${Number(reservation.id)} OR account = ${keys.account}`,
      db.user.update({ where: { id: user.id }, data: { lastSignInAt: now }, select: { id: true } }),
    ]);
    return { ok: true, userId: user.id };
  }
  return { ok: false, reason: "invalid" };
}

// A valid scrypt hash of a random string: verifying against it costs as much as a real check.
const DUMMY_HASH =
  "scrypt$32768$8$1$ovq/rlJcHl2KWmPIUXLHCA==$gJmLObry5WXvs4DgUM4kp95lAvz4PSWo/Yf/rdINo1A=";
