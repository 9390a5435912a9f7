import { useText } from '../../catalogue';
import { FormError } from './Field';

/**
 * The foot of every administration form: the server's refusal, if any, then the submit
 * button (saying it is saving while `busy`) and, when the form can be left, Cancel. Test ids
 * follow the form's name: `admin-<name>-form-error`, `-submit`, `-cancel`.
 */
export function FormActions({
  name,
  busy,
  submitLabel,
  error,
  onCancel,
}: {
  name: string;
  busy: boolean;
  submitLabel: string;
  error: string | undefined;
  /** Omitted when there is nothing to cancel (a new record's form stays open). */
  onCancel?: () => void;
}) {
  const t = useText();
  return (
    <>
      <FormError message={error} testId={`admin-${name}-form-error`} />
      <div class="adm-buttons">
        <button type="submit" disabled={busy} data-testid={`admin-${name}-submit`}>
          {busy ? t('adm_saving') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} data-testid={`admin-${name}-cancel`}>
            {t('adm_cancel')}
          </button>
        )}
      </div>
    </>
  );
}
