import { dictionary } from "@zxcvbn-ts/language-common";

// The common-password list of zxcvbn-ts (@zxcvbn-ts/language-common, "passwords-common":
// about 49,000 passwords ranked by frequency in public breach corpora), held as a set,
// lower-cased, on first use. docs/decisions/011-accounts-and-putting-into-service.md says why this list.
let common: Set<string> | undefined;

export function isCommonPassword(folded: string): boolean {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common.has(folded);
}
