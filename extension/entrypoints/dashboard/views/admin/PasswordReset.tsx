/**
 * An admin sets a new password for a user who forgot theirs (there is no e-mail reset: the
 * offices hand passwords over in person). The server signs the user out everywhere.
 * @module
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { User } from '../../../../../shared/schemas/auth';
import type { Request } from '../../../../lib/messaging';
import { useText } from '../../catalogue';
import { Field } from './Field';
import { FormActions } from './FormActions';
import { MIN_PASSWORD, NEW_PASSWORD_INPUT } from './UserForm';
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
            {...NEW_PASSWORD_INPUT}
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        )}
      </Field>
      <FormActions
        name="password"
        busy={busy}
        submitLabel={t('adm_resetSubmit')}
        error={failure?.message}
        onCancel={onCancel}
      />
    </form>
  );
}
