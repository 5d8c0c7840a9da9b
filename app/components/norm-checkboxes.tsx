import { useId } from "react";
import { FieldErrorText, useFieldError } from "./form";

/** Native checkboxes, one per norm (work without JavaScript), with the server's error for the group. */
export function NormCheckboxes({
  name,
  legend,
  norms,
  checked,
}: {
  name: string;
  legend: string;
  norms: { id: string; code: string; title: string }[];
  checked: readonly string[];
}) {
  const id = useId();
  const { message, anchorId } = useFieldError(name);
  return (
    <fieldset id={anchorId} className="fieldset" aria-describedby={message ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {norms.map((norm) => (
        <label key={norm.id} className="choice__option">
          <input type="checkbox" name={name} value={norm.id} defaultChecked={checked.includes(norm.id)} aria-invalid={message ? true : undefined} /> {norm.code}{" "}
          {norm.title}
        </label>
      ))}
      <FieldErrorText id={id} message={message} />
    </fieldset>
  );
}
