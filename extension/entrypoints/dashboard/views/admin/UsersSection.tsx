/**
 * The accounts: name, e-mail, role, unit and state, with adding, editing role and unit,
 * resetting a password and (after a confirmation) deactivating. A deactivated user is
 * signed out at once; reactivating lets them sign in again with their password.
 * @module
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { User } from '../../../../../shared/schemas/auth';
import type { Unit } from '../../../../../shared/schemas/organisation';
import { errorText } from '../../../../lib/error-text';
import { useText } from '../../catalogue';
import { AuditLink } from './AuditLink';
import { roleLabel } from './labels';
import { PasswordReset } from './PasswordReset';
import type { SectionProps } from './section-props';
import { UserForm } from './UserForm';
import { useList } from './use-list';

/** What is open under the table for one user, if anything. */
type Panel =
  | { kind: 'edit'; user: User }
  | { kind: 'password'; user: User }
  | { kind: 'confirm'; user: User };

export function UsersSection({ request, announce, navigate }: SectionProps) {
  const t = useText();
  const users = useList<User>(() => request('admin-users', {}));
  const units = useList<Unit>(() => request('admin-units', {}));
  const [panel, setPanel] = useState<Panel | null>(null);
  // A new key after each save gives an empty form for the next one.
  const [saves, setSaves] = useState(0);
  const [rowError, setRowError] = useState<string | null>(null);
  const byId = new Map((units.items ?? []).map((unit) => [unit.id, unit]));
  const error = users.error ?? units.error;
  // A reset or a confirmation shows above the form and leaves a half-typed new user alone.
  const editing = panel?.kind === 'edit' ? panel.user : null;

  const setActive = async (user: User, active: boolean) => {
    try {
      const answer = await request('admin-update-user', { id: user.id, patch: { active } });
      if (!answer?.ok) {
        const reason = answer?.status === 409 ? t('adm_userSelfConflict') : (answer?.error ?? '');
        return setRowError(t('adm_saveFailed', { reason }));
      }
      setRowError(null);
      setPanel(null);
      users.put(answer.data);
      announce(t(active ? 'adm_userReactivated' : 'adm_userDeactivated', { name: user.name }));
    } catch (caught) {
      setRowError(t('adm_saveFailed', { reason: errorText(caught) }));
    }
  };

  return (
    <section aria-labelledby="adm-users-heading" class="card adm-section" data-testid="admin-users">
      <h2 id="adm-users-heading">{t('adm_usersHeading')}</h2>
      {error && (
        <p class="error" role="alert" data-testid="admin-users-error">
          {t('loadFailed', { reason: error })}
        </p>
      )}
      {(users.items === null || units.items === null) && !error && <p>{t('loading')}</p>}
      {rowError && (
        <p class="error" role="alert" data-testid="admin-user-row-error">
          {rowError}
        </p>
      )}
      {users.items?.length === 0 && <p class="hint">{t('adm_usersEmpty')}</p>}
      {users.items && units.items && users.items.length > 0 && (
        <div class="adm-table-wrap">
          <table class="adm-table" data-testid="admin-user-list">
            <thead>
              <tr>
                <th scope="col">{t('adm_userName')}</th>
                <th scope="col">{t('adm_userEmail')}</th>
                <th scope="col">{t('adm_userRole')}</th>
                <th scope="col">{t('adm_userUnit')}</th>
                <th scope="col">{t('adm_status')}</th>
                <th scope="col">{t('adm_actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.items.map((user) => (
                <tr
                  key={user.id}
                  data-testid="admin-user-row"
                  data-id={user.id}
                  class={user.active ? undefined : 'inactive'}
                >
                  <th scope="row">{user.name}</th>
                  <td>{user.email}</td>
                  <td data-testid="admin-user-role">{roleLabel(t, user.role)}</td>
                  <td>{user.unitId === null ? '' : (byId.get(user.unitId)?.name ?? `#${user.unitId}`)}</td>
                  <td data-testid="admin-user-state">{user.active ? t('adm_active') : t('adm_inactive')}</td>
                  <td class="adm-row-actions">
                    <button
                      type="button"
                      data-testid="admin-user-edit"
                      aria-label={t('adm_editLabel', { name: user.name })}
                      onClick={() => setPanel({ kind: 'edit', user })}
                    >
                      {t('adm_edit')}
                    </button>
                    <button
                      type="button"
                      data-testid="admin-user-reset"
                      aria-label={t('adm_resetLabel', { name: user.name })}
                      onClick={() => setPanel({ kind: 'password', user })}
                    >
                      {t('adm_resetPassword')}
                    </button>
                    {user.active ? (
                      <button
                        type="button"
                        data-testid="admin-user-deactivate"
                        aria-label={t('adm_deactivateLabel', { name: user.name })}
                        onClick={() => setPanel({ kind: 'confirm', user })}
                      >
                        {t('adm_deactivate')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        data-testid="admin-user-reactivate"
                        aria-label={t('adm_reactivateLabel', { name: user.name })}
                        onClick={() => void setActive(user, true)}
                      >
                        {t('adm_reactivate')}
                      </button>
                    )}
                    <AuditLink entity="user" id={user.id} name={user.name} navigate={navigate} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {panel?.kind === 'confirm' && (
        <ConfirmDeactivate
          user={panel.user}
          onConfirm={() => void setActive(panel.user, false)}
          onCancel={() => setPanel(null)}
        />
      )}
      {panel?.kind === 'password' && (
        <PasswordReset
          key={panel.user.id}
          request={request}
          user={panel.user}
          onDone={(user) => {
            setPanel(null);
            announce(t('adm_resetDone', { name: user.name }));
          }}
          onCancel={() => setPanel(null)}
        />
      )}
      {users.items && units.items && (
        <UserForm
          key={editing ? `edit-${editing.id}` : `new-${saves}`}
          request={request}
          units={units.items}
          editing={editing}
          onSaved={(user, created) => {
            users.put(user);
            setPanel(null);
            setSaves((n) => n + 1);
            announce(t(created ? 'adm_userCreated' : 'adm_userSaved', { name: user.name }));
          }}
          onCancel={() => setPanel(null)}
        />
      )}
    </section>
  );
}

function ConfirmDeactivate({
  user,
  onConfirm,
  onCancel,
}: {
  user: User;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useText();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    confirm.current?.focus();
  }, []);
  return (
    <div
      class="adm-confirm"
      role="alertdialog"
      aria-labelledby="adm-confirm-text"
      data-testid="admin-user-confirm"
    >
      <p id="adm-confirm-text">{t('adm_confirmDeactivate', { name: user.name })}</p>
      <div class="adm-buttons">
        <button
          type="button"
          class="danger"
          ref={confirm}
          onClick={onConfirm}
          data-testid="admin-user-confirm-yes"
        >
          {t('adm_confirm')}
        </button>
        <button type="button" onClick={onCancel} data-testid="admin-user-confirm-no">
          {t('adm_cancel')}
        </button>
      </div>
    </div>
  );
}
