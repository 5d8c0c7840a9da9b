import { TextInput, type FormState } from "~/components/form";
import { useI18n } from "~/utils/i18n";

/**
 * A new password, typed twice, for the account `email`. The read-only username field lets
 * password managers store the new password with the right account.
 */
export function NewPasswordFields({ email, state }: { email: string; state: FormState | undefined }) {
  const { t } = useI18n();
  return (
    <>
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextInput name="password" type="password" label={t("account.password.new")} autoComplete="new-password" isRequired state={state} />
      <TextInput name="confirmation" type="password" label={t("account.password.confirm")} autoComplete="new-password" isRequired state={state} />
    </>
  );
}
