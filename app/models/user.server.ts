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
  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, active: true } });
  // Hash even for unknown emails, so response time does not tell which emails exist.
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (user && user.active && valid) {
    await db.loginFailure.deleteMany({ where: { email } });
    return user.id;
  }
  await db.loginFailure.create({ data: { email } });
  return null;
}

// A valid scrypt hash of a random string: verifying against it costs as much as a real check.
const DUMMY_HASH =
  "scrypt$32768$8$1$ovq/rlJcHl2KWmPIUXLHCA==$gJmLObry5WXvs4DgUM4kp95lAvz4PSWo/Yf/rdINo1A=";
