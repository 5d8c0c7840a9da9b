import { Form } from "@remix-run/react";
import { createContext, useContext, useId, type ReactNode } from "react";
import {
  Button,
  FieldError,
  FormValidationContext,
  Input,
  Label,
  Text,
  TextField,
} from "react-aria-components";
import { isIsoDate } from "~/domain/dates";
import { formatDate } from "~/i18n";
import { useI18n } from "~/utils/i18n";

// Form fields on react-aria-components. Server errors arrive through FormValidationContext
// (keyed by field name), so each field renders its own message with aria-invalid and
// aria-describedby — in the server-rendered HTML too, which keeps forms usable without JS.
// validationBehavior="aria": the server's zod schema is the single judge of validity.
// A server error stays until the next submit: RAC would clear it when the field changes and
// loses focus, and the content below would jump up under the pointer on its way to the button.

export interface FormState {
  errors?: Record<string, string[]>;
  values?: Record<string, string>;
  formError?: string;
}

// Each form's fields get ids from its own prefix, so the error summary can link to them and
// two forms on one page never share an id.
const FieldIdPrefix = createContext("field");

function anchorFor(prefix: string, name: string): string {
  return `${prefix}-${name.replace(/[^A-Za-z0-9_.-]/g, "_")}`;
}

/** The server's message for a field (if any) and the id the error summary links to. */
export function useFieldError(name: string): { message: string | undefined; anchorId: string } {
  const errors = useContext(FormValidationContext)[name];
  const prefix = useContext(FieldIdPrefix);
  return { message: Array.isArray(errors) ? errors.join(" ") : errors, anchorId: anchorFor(prefix, name) };
}

export function FormErrors({ state, children }: { state: FormState | undefined; children: ReactNode }) {
  const { t } = useI18n();
  const prefix = `f${useId().replace(/:/g, "")}`;
  const fieldErrors = Object.entries(state?.errors ?? {}).filter(([, messages]) => messages.length > 0);
  const hasErrors = Boolean(state?.formError || fieldErrors.length > 0);
  return (
    <FieldIdPrefix.Provider value={prefix}>
      <FormValidationContext.Provider value={state?.errors ?? {}}>
        {hasErrors ? (
          <div className="error-summary" role="alert" tabIndex={-1}>
            <p>{state?.formError ?? t("form.errorSummary")}</p>
            {fieldErrors.length > 0 ? (
              <ul className="error-summary__list">
                {fieldErrors.map(([name, messages]) => (
                  <li key={name}>
                    <a href={`#${anchorFor(prefix, name)}`}>{messages.join(" ")}</a>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {children}
      </FormValidationContext.Provider>
    </FieldIdPrefix.Provider>
  );
}

interface FieldProps {
  name: string;
  label: string;
  description?: string;
  defaultValue?: string;
  isRequired?: boolean;
  /** The value the user submitted last time, which wins over defaultValue after a failed submit. */
  state?: FormState;
}

function initialValue({ name, defaultValue, state }: FieldProps): string | undefined {
  return state?.values?.[name] ?? defaultValue;
}

/**
 * A calendar day is typed as text and shown in the app's own format ("9 maart 2026"), never in
 * <input type="date">, whose display follows the browser's locale ("03/09/2026" beside "9 maart
 * 2026" elsewhere on the page). The server reads what is typed (parseDateInput), ISO included.
 */
function useDateField(props: FieldProps): { value: string | undefined; description: string } {
  const { t, locale } = useI18n();
  const value = initialValue(props);
  // What the user typed comes back as typed; a stored ISO day is shown as the app shows dates.
  const shown = props.state?.values?.[props.name] === undefined && value && isIsoDate(value) ? formatDate(value, locale) : value;
  return { value: shown, description: [props.description, t("field.dateHint")].filter(Boolean).join(" ") };
}

export function TextInput(
  props: FieldProps & { type?: "text" | "email" | "password" | "date" | "number" | "search"; autoComplete?: string },
) {
  const { name, label, isRequired, type = "text" } = props;
  const isDate = type === "date";
  const date = useDateField(props);
  const description = isDate ? date.description : props.description;
  const autoComplete = isDate ? "off" : props.autoComplete;
  const { message, anchorId } = useFieldError(name);
  return (
    <TextField
      name={name}
      type={isDate ? "text" : type}
      defaultValue={type === "password" ? undefined : isDate ? date.value : initialValue(props)}
      isRequired={isRequired}
      autoComplete={autoComplete}
      validationBehavior="aria"
      isInvalid={Boolean(message)}
      id={anchorId}
      className="field"
    >
      <Label>{label}</Label>
      {description ? <Text slot="description" className="field__description">{description}</Text> : null}
      <Input className="field__input" />
      <FieldError className="field__error">{message}</FieldError>
    </TextField>
  );
}

/** The server's message under a native control, referenced by its aria-describedby. */
export function FieldErrorText({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <span id={`${id}-error`} className="field__error">
      {message}
    </span>
  ) : null;
}

export function FieldDescription({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <span id={`${id}-desc`} className="field__description">
      {text}
    </span>
  ) : null;
}

/** The id, error and ARIA attributes of a native control (textarea, select) in a form with FormErrors. */
function useNativeField(name: string, description: string | undefined, isRequired: boolean | undefined) {
  const { message, anchorId: id } = useFieldError(name);
  const describedBy = [description ? `${id}-desc` : null, message ? `${id}-error` : null].filter(Boolean).join(" ");
  const aria = { "aria-required": isRequired || undefined, "aria-invalid": message ? true : undefined, "aria-describedby": describedBy || undefined };
  return { id, message, aria };
}

/** Label, description and error text around a native control. */
function NativeField({ id, label, description, message, children }: { id: string; label: string; description?: string; message: string | undefined; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldDescription id={id} text={description} />
      {children}
      <FieldErrorText id={id} message={message} />
    </div>
  );
}

/**
 * A native <textarea>, as the select below: RAC's TextArea learns it is a textarea only once
 * mounted, so its server HTML (all there is without JavaScript) carried an invalid type="text".
 */
export function TextAreaInput(props: FieldProps & { rows?: number }) {
  const { name, label, description, isRequired, rows = 5 } = props;
  const { id, message, aria } = useNativeField(name, description, isRequired);
  return (
    <NativeField id={id} label={label} description={description} message={message}>
      <textarea id={id} name={name} className="field__input" rows={rows} defaultValue={initialValue(props)} {...aria} />
    </NativeField>
  );
}

/**
 * A native <select>: RAC's Select needs JavaScript to open, and every form here must work
 * without it. Reads the same FormValidationContext as the RAC fields.
 */
export function SelectInput(
  props: FieldProps & { options: { value: string; label: string }[]; placeholder?: string; multiple?: boolean },
) {
  const { name, label, description, isRequired, options, placeholder, multiple } = props;
  const { id, message, aria } = useNativeField(name, description, isRequired);
  return (
    <NativeField id={id} label={label} description={description} message={message}>
      <select
        id={id}
        name={name}
        className="field__input"
        defaultValue={multiple ? undefined : initialValue(props)}
        // Without an empty first option a single select always has a value: "required" would
        // be invalid HTML there, so it is only said to assistive technology.
        required={isRequired && (multiple || placeholder !== undefined)}
        multiple={multiple}
        {...aria}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </NativeField>
  );
}

export function SubmitButton({ children, name, value, variant = "primary" }: { children: ReactNode; name?: string; value?: string; variant?: "primary" | "secondary" }) {
  return (
    <Button type="submit" name={name} value={value} className={`button button--${variant}`}>
      {children}
    </Button>
  );
}

/**
 * A POST form for one of several intents on a page: the hidden intent, the error summary with its
 * field errors, the fields, and the submit button. Works without JavaScript.
 */
export function IntentForm({ intent, state, submit, children }: { intent: string; state: FormState | undefined; submit: string; children: ReactNode }) {
  return (
    <Form method="post" className="stack" noValidate>
      <FormErrors state={state}>
        <input type="hidden" name="intent" value={intent} />
        {children}
        <SubmitButton>{submit}</SubmitButton>
      </FormErrors>
    </Form>
  );
}
