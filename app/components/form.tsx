import { useContext, useId, type ReactNode } from "react";
import {
  Button,
  FieldError,
  FormValidationContext,
  Input,
  Label,
  Text,
  TextArea,
  TextField,
} from "react-aria-components";
import { useI18n } from "~/utils/i18n";

// Form fields on react-aria-components. Server errors arrive through FormValidationContext
// (keyed by field name), so each field renders its own message with aria-invalid and
// aria-describedby — in the server-rendered HTML too, which keeps forms usable without JS.
// validationBehavior="aria": the server's zod schema is the single judge of validity.

export interface FormState {
  errors?: Record<string, string[]>;
  values?: Record<string, string>;
  formError?: string;
}

export function FormErrors({ state, children }: { state: FormState | undefined; children: ReactNode }) {
  const { t } = useI18n();
  const hasErrors = Boolean(state?.formError || (state?.errors && Object.keys(state.errors).length > 0));
  return (
    <FormValidationContext.Provider value={state?.errors ?? {}}>
      {hasErrors ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <p>{state?.formError ?? t("form.errorSummary")}</p>
        </div>
      ) : null}
      {children}
    </FormValidationContext.Provider>
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

export function TextInput(
  props: FieldProps & { type?: "text" | "email" | "password" | "date" | "number" | "search"; autoComplete?: string },
) {
  const { name, label, description, isRequired, type = "text", autoComplete } = props;
  return (
    <TextField
      name={name}
      type={type}
      defaultValue={type === "password" ? undefined : initialValue(props)}
      isRequired={isRequired}
      autoComplete={autoComplete}
      validationBehavior="aria"
      className="field"
    >
      <Label>{label}</Label>
      {description ? <Text slot="description" className="field__description">{description}</Text> : null}
      <Input className="field__input" />
      <FieldError className="field__error" />
    </TextField>
  );
}

export function TextAreaInput(props: FieldProps & { rows?: number }) {
  const { name, label, description, isRequired, rows = 5 } = props;
  return (
    <TextField name={name} defaultValue={initialValue(props)} isRequired={isRequired} validationBehavior="aria" className="field">
      <Label>{label}</Label>
      {description ? <Text slot="description" className="field__description">{description}</Text> : null}
      <TextArea className="field__input" rows={rows} />
      <FieldError className="field__error" />
    </TextField>
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
  const errors = useContext(FormValidationContext)[name];
  const message = Array.isArray(errors) ? errors.join(" ") : errors;
  const id = useId();
  const describedBy = [description ? `${id}-desc` : null, message ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {description ? (
        <span id={`${id}-desc`} className="field__description">
          {description}
        </span>
      ) : null}
      <select
        id={id}
        name={name}
        className="field__input"
        defaultValue={multiple ? undefined : initialValue(props)}
        required={isRequired}
        multiple={multiple}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy || undefined}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {message ? (
        <span id={`${id}-error`} className="field__error">
          {message}
        </span>
      ) : null}
    </div>
  );
}

export function SubmitButton({ children, name, value, variant = "primary" }: { children: ReactNode; name?: string; value?: string; variant?: "primary" | "secondary" }) {
  return (
    <Button type="submit" name={name} value={value} className={`button button--${variant}`}>
      {children}
    </Button>
  );
}
