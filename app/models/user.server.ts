import { WINDOW_MINUTES, secondsToWait } from "~/domain/login-throttle";
import { db } from "~/utils/db.server";
import { verifyPassword } from "../../prisma/password";

export async function loginWaitSeconds(email: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const where = { email, createdAt: { gt: since } };
  const [count, last] = await Promise.all([
    db.loginFailure.count({ where }),
    db.loginFailure.findFirst({ where, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
  ]);
  return secondsToWait(count, last?.createdAt ?? null, now);
}

/** The user id for a correct email and password; records a failure otherwise. */
export async function verifyLogin(email: string, password: string): Promise<string | null> {
  const user = await db.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, passwordHash: true, active: true, organisation: { select: { active: true } } },
  });
  // Hash even for unknown emails (and invited users without a password yet), so response
  // time does not tell which emails exist.
  const valid = await verifyPassword(password, user?.passwordHash || DUMMY_HASH);
  if (user && user.passwordHash && user.active && user.organisation?.active !== false && valid) {
    await db.$transaction([
      db.loginFailure.deleteMany({ where: { email } }),
      db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() }, select: { id: true } }),
    ]);
    return user.id;
  }
  await db.loginFailure.create({ data: { email } });
  return null;
}

// A valid scrypt hash of a random string: verifying against it costs as much as a real check.
const DUMMY_HASH =
  "scrypt$32768$8$1$ovq/rlJcHl2KWmPIUXLHCA==$gJmLObry5WXvs4DgUM4kp95lAvz4PSWo/Yf/rdINo1A=";
