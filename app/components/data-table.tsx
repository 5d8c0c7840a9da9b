import { useId, type ReactNode } from "react";

/**
 * A data table in its own horizontal scroll container, so a narrow window (320 CSS px, WCAG
 * 1.4.10) scrolls the table and never the page. The container is a region named by the
 * table's visible caption and takes keyboard focus, so it can be scrolled without a mouse.
 */
export function DataTable({
  caption,
  className = "table",
  captionId,
  captionClassName,
  children,
}: {
  caption: ReactNode;
  className?: string;
  captionId?: string;
  captionClassName?: string;
  children: ReactNode;
}) {
  const generated = useId();
  const id = captionId ?? `table-${generated.replace(/:/g, "")}`;
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className={className}>
        <caption id={id} className={captionClassName}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
