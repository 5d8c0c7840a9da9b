import type { Role } from "./roles";

// Rules for accounts, without I/O: tested in milliseconds, used by models and forms alike.

export const PRODUCT_NAME = "Toezichtspoor";
export const MIN_PASSWORD_LENGTH = 12;
/** NIST SP 800-63B lets verifiers cap length at 64 or more; scrypt hashes any length, this bounds the work. */
export const MAX_PASSWORD_LENGTH = 256;
/** How long an invitation or reset link stays valid. */
export const LINK_VALID_HOURS = 72;

export type PasswordProblem = "password.tooShort" | "password.tooLong" | "password.common" | "password.isEmail" | "password.isProductName";

/**
 * NIST SP 800-63B (5.1.1.2): at least 12 characters (our choice above the 8 minimum), no
 * composition rules, and refused when it is a known common password or a context-specific
 * word (the account's e-mail address, the product's name). Compared after NFKC normalisation
 * and case folding, so "TOEZICHTSPOOR2026" does not slip past as different from the list.
 */
export function passwordProblem(password: string, context: { email: string; isCommon: (candidate: string) => boolean }): PasswordProblem | null {
  const normalised = password.normalize("NFKC");
  if ([...normalised].length < MIN_PASSWORD_LENGTH) return "password.tooShort";
  if ([...normalised].length > MAX_PASSWORD_LENGTH) return "password.tooLong";
  const folded = normalised.toLowerCase().trim();
  const email = context.email.toLowerCase();
  if (folded === email || folded === email.split("@")[0]) return "password.isEmail";
  const product = PRODUCT_NAME.toLowerCase();
  // The product's name with only digits or punctuation around it is the product's name.
  if (folded.replace(/[^\p{L}]/gu, "") === product) return "password.isProductName";
  if (context.isCommon(folded)) return "password.common";
  return null;
}

/** An organisation user belongs to exactly one organisation; everybody else to none. */
export function organisationRequirement(role: Role): "required" | "forbidden" {
  return role === "ORGANISATION" ? "required" : "forbidden";
}

export type AccountChangeRefusal = "self" | "lastAdmin";

/** Nobody changes their own role or organisation, or deactivates themselves. */
export function isOwnAccount(actorId: string | null, userId: string): boolean {
  return actorId === userId;
}

export type LinkState = "valid" | "expired" | "used" | "unknown";

export function linkState(token: { expiresAt: Date; usedAt: Date | null } | null, now = new Date()): LinkState {
  if (!token) return "unknown";
  if (token.usedAt) return "used";
  if (token.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

export function linkExpiry(now = new Date()): Date {
  return new Date(now.getTime() + LINK_VALID_HOURS * 3600_000);
}
