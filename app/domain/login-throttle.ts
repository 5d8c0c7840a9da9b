// Sign-in throttling (see docs/decisions/009-sign-in-throttling.md). Failures are counted in a
// sliding window under two keys at once:
// - the account, as seen from clients that do not hold this account's device cookie
//   ("account:<email>"), or, for a client that does, that one device ("device:<id>");
// - the client's address, for clients without the device cookie (password spraying).
// A key at its limit refuses further attempts (429) without checking the password, until its
// oldest failure leaves the window. A known device is counted on its own, so nobody else's
// failures can keep the owner out on the device they signed in with before.
export const WINDOW_MINUTES = 15;
export const ACCOUNT_LIMIT = 10;
export const DEVICE_LIMIT = 10;
export const ADDRESS_LIMIT = 20;

export interface ThrottleKeys {
  account: string;
  /** null for a known device: its attempts count against that device only. */
  address: string | null;
  limit: number;
}

export function throttleKeys(email: string, deviceId: string | null, clientAddress: string | null): ThrottleKeys {
  if (deviceId) return { account: `device:${deviceId}`, address: null, limit: DEVICE_LIMIT };
  return { account: `account:${email.toLowerCase()}`, address: clientAddress ? `address:${clientAddress}` : null, limit: ACCOUNT_LIMIT };
}

/** Seconds until the oldest failure in the window leaves it (at least 1). */
export function secondsToWait(oldestInWindow: Date | null, now: Date = new Date()): number {
  if (!oldestInWindow) return 1;
  const leaves = oldestInWindow.getTime() + WINDOW_MINUTES * 60_000;
  return Math.max(1, Math.ceil((leaves - now.getTime()) / 1000));
}
