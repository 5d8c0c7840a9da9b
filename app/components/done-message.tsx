import { useSearchParams } from "@remix-run/react";
import type { MessageKey } from "~/i18n";
import { useI18n } from "~/utils/i18n";

/**
 * The confirmation after a form that redirects with `?gedaan=<what>`: shown only for the values
 * the page knows, so the address cannot put arbitrary text on it.
 */
export function DoneMessage({ known, prefix }: { known: readonly string[]; prefix: "closure.done." | "enforcement.done." }) {
  const [params] = useSearchParams();
  const { t } = useI18n();
  const done = params.get("gedaan");
  if (!done || !known.includes(done)) return null;
  return (
    <p role="status" className="notice">
      {t(`${prefix}${done}` as MessageKey)}
    </p>
  );
}
