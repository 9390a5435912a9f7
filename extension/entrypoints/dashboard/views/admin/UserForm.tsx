/**
 * Adding a user (e-mail, name, role, unit, initial password), or changing the name, role and
 * unit of one. The e-mail address is the sign-in name and stays; passwords are reset on
 * their own (PasswordReset.tsx).
 * @module
 */
import { useState } from 'preact/hooks';
import type { Role, User } from '../../../../../shared/schemas/auth';
import type { Unit } from '../../../../../shared/schemas/organisation';
import type { Request } from '../../../../lib/messaging';
import { useText } from '../../catalogue';
import { Field } from './Field';
import { FormActions } from './FormActions';
import { ROLES, roleLabel } from './labels';
import { UnitOptions } from './UnitOptions';
import { useFocusOnEdit } from './use-focus-on-edit';
import { useSave } from './use-save';

export interface UserFormProps {
  request: Request;
  units: Unit[];
  editing: User | null;
  onSaved: (user: User, created: boolean) => void;
  onCancel: () => void;
}

export const MIN_PASSWORD = 8;

/**
 * A password the administrator sets for someone else: shown, not masked, since they read it
 * out or write it down for the user; never offered for the browser to remember.
 */
export const NEW_PASSWORD_INPUT = {
  type: 'text',
  autoComplete: 'off',
  spellcheck: false,
  required: true,
  minLength: MIN_PASSWORD,
  maxLength: 200,
} as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function UserForm({ request, units, editing, onSaved, onCancel }: UserFormProps) {
  const t = useText();
  const { busy, failure, save, refuse } = useSave();
  const [email, setEmail] = useState('');
  const [name, setName] = useState(editing?.name ?? '');
  const [role, setRole] = useState<Role>(editing?.role ?? 'unit_head');
  const [unit, setUnit] = useState(editing?.unitId ? String(editing.unitId) : '');
  const [password, setPassword] = useState('');
  const first = useFocusOnEdit(editing);

  const offered = units.filter((u) => u.active || u.id === editing?.unitId);

  const check = (): Record<string, string> => {
    const problems: Record<string, string> = {};
    if (!editing && !email.trim()) problems.email = t('adm_required');
    else if (!editing && !EMAIL.test(email.trim())) problems.email = t('adm_userEmailBad');
    if (!name.trim()) problems.name = t('adm_required');
    if (role === 'unit_head' && !unit) problems.unitId = t('adm_userUnitNeeded');
    if (!editing && password.length < MIN_PASSWORD) problems.password = t('adm_passwordShort');
    return problems;
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const problems = check();
    if (Object.keys(problems).length > 0) return refuse(problems);
    const unitId = unit ? Number(unit) : null;
    const conflict = editing ? t('adm_userSelfConflict') : t('adm_userConflict');
    const options = { conflict, fields: ['email', 'name', 'role', 'unitId', 'password'] };
    const saved = editing
      ? await save(
          () =>
            request('admin-update-user', {
              id: editing.id,
              patch: {
                ...(name.trim() !== editing.name ? { name: name.trim() } : {}),
                ...(role !== editing.role ? { role } : {}),
                ...(unitId !== editing.unitId ? { unitId } : {}),
              },
            }),
          options,
        )
      : await save(
          () =>
            request('admin-create-user', {
              user: { email: email.trim(), name: name.trim(), role, unitId, password },
            }),
          options,
        );
    if (saved) onSaved(saved, !editing);
  };

  const idOf = (field: string) => `user-form-${field}`;
  return (
    <form class="adm-form" onSubmit={submit} data-testid="admin-user-form" noValidate>
      <h3>{editing ? t('adm_userEditHeading', { email: editing.email }) : t('adm_userCreateHeading')}</h3>
      {!editing && (
        <Field id={idOf('email')} label={t('adm_userEmail')} error={failure?.fields.email}>
          {(props) => (
            <input
              {...props}
              type="email"
              autoComplete="off"
              required
              maxLength={200}
              value={email}
              onInput={(e) => setEmail(e.currentTarget.value)}
            />
          )}
        </Field>
      )}
      <Field id={idOf('name')} label={t('adm_userName')} error={failure?.fields.name}>
        {(props) => (
          <input
            {...props}
            ref={first}
            type="text"
            autoComplete="off"
            required
            maxLength={200}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field id={idOf('role')} label={t('adm_userRole')} error={failure?.fields.role}>
        {(props) => (
          <select {...props} value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {roleLabel(t, value)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={idOf('unitId')} label={t('adm_userUnit')} error={failure?.fields.unitId}>
        {(props) => (
          <select {...props} value={unit} onChange={(e) => setUnit(e.currentTarget.value)}>
            <UnitOptions units={offered} />
          </select>
        )}
      </Field>
      {!editing && (
        <Field id={idOf('password')} label={t('adm_userPassword')} error={failure?.fields.password}>
          {(props) => (
            <input
              {...props}
              {...NEW_PASSWORD_INPUT}
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          )}
        </Field>
      )}
      <FormActions
        name="user"
        busy={busy}
        submitLabel={editing ? t('adm_save') : t('adm_userCreate')}
        error={failure?.message}
        onCancel={editing ? onCancel : undefined}
      />
    </form>
  );
}
