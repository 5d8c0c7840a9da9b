import { useEffect, useState } from "react";
import { useI18n } from "~/utils/i18n";

/**
 * "Print" is the browser's own print dialog (which also saves as PDF). The button needs
 * JavaScript, so it appears only once the page is interactive; without it the hint says how.
 */
export function PrintButton() {
  const { t } = useI18n();
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);
  return (
    <div className="no-print print-bar">
      {interactive ? (
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t("trajectoryReport.print")}
        </button>
      ) : null}
      <p className="muted">{t("trajectoryReport.printHint")}</p>
    </div>
  );
}
