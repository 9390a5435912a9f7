/**
 * An admin sets a new password for a user who forgot theirs (there is no e-mail reset: the
 * offices hand passwords over in person). The server signs the user out everywhere.
 * @module
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { User } from '../../../../../shared/schemas/auth';
import type { Request } from '../../../../lib/messaging';
import { useText } from '../../catalogue';
import { Field, FormError } from './Field';
import { MIN_PASSWORD } from './UserForm';
import { useSave } from './use-save';

export interface PasswordResetProps {
  request: Request;
  user: User;
  onDone: (user: User) => void;
  onCancel: () => void;
}

export function PasswordReset({ request, user, onDone, onCancel }: PasswordResetProps) {
  const t = useText();
  const { busy, failure, save, refuse } = useSave();
  const [password, setPassword] = useState('');
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    field.current?.focus();
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (password.length < MIN_PASSWORD) return refuse({ password: t('adm_passwordShort') });
    const saved = await save(() => request('admin-update-user', { id: user.id, patch: { password } }), {
      conflict: t('adm_userSelfConflict'),
      fields: ['password'],
    });
    if (saved) onDone(saved);
  };

  return (
    <form class="adm-form" onSubmit={submit} data-testid="admin-password-form" noValidate>
      <h3>{t('adm_resetHeading', { name: user.name })}</h3>
      <p class="hint" id="password-reset-hint">
        {t('adm_resetHint')}
      </p>
      <Field id="password-reset-new" label={t('adm_resetNew')} error={failure?.fields.password}>
        {(props) => (
          <input
            {...props}
            aria-describedby={[props['aria-describedby'], 'password-reset-hint'].filter(Boolean).join(' ')}
            ref={field}
            // Shown, not masked: the admin reads it out or writes it down for the user.
            type="text"
            autoComplete="off"
            spellcheck={false}
            required
            minLength={MIN_PASSWORD}
            maxLength={200}
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        )}
      </Field>
      <FormError message={failure?.message} testId="admin-password-form-error" />
      <div class="adm-buttons">
        <button type="submit" disabled={busy} data-testid="admin-password-submit">
          {busy ? t('adm_saving') : t('adm_resetSubmit')}
        </button>
        <button type="button" onClick={onCancel} data-testid="admin-password-cancel">
          {t('adm_cancel')}
        </button>
      </div>
    </form>
  );
}
