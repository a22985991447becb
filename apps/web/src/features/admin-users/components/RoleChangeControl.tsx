import { isRole, Role, ROLES } from '@sankofa/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../../shared/graphql/problem';
import { problemMessage } from '../../../shared/graphql/problem-message';
import type { User } from '../../../shared/graphql/user.fragment';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { useChangeUserRole } from '../hooks/use-change-user-role';

interface Props {
  user: User;
  /** The signed-in admin: demoting oneself deserves a warning. */
  isSelf: boolean;
  onChanged(user: User): void;
}

/** Pick a role, then confirm: a role decides what someone may see and do. */
export function RoleChangeControl({ user, isSelf, onChanged }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState<Role>(user.role);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [changedTo, setChangedTo] = useState<Role | null>(null);
  const [{ pending }, changeRole] = useChangeUserRole();
  const confirming = choice !== user.role;

  async function confirm() {
    const outcome = await changeRole(user.id, choice);
    if (outcome.ok) {
      setChangedTo(outcome.data.role);
      setChoice(outcome.data.role);
      onChanged(outcome.data);
    } else {
      setProblem(outcome.problem);
      // Show the role the user still has, not the one that was refused.
      setChoice(user.role);
    }
  }

  const roleName = (role: Role) => t(`roles.${role}`);
  return (
    <div className="role-control">
      <label htmlFor={`${id}-role`}>
        <span aria-hidden="true">{t('admin.users.role')}</span>
        <span className="visually-hidden">{t('admin.users.roleOf', { name: user.displayName })}</span>
      </label>
      <select
        id={`${id}-role`}
        value={choice}
        disabled={pending}
        onChange={(event) => {
          if (!isRole(event.target.value)) return;
          setChoice(event.target.value);
          setProblem(null);
          setChangedTo(null);
        }}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {roleName(role)}
          </option>
        ))}
      </select>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`}>
            {t('admin.users.confirmQuestion', { name: user.displayName, from: roleName(user.role), to: roleName(choice) })}
            {isSelf && choice !== Role.ADMIN ? ` ${t('admin.users.confirmSelf')}` : null}
          </p>
          <div className="actions">
            <button type="button" className="button button-primary button-small" disabled={pending} onClick={() => void confirm()}>
              {pending ? t('admin.users.saving') : t('admin.users.confirm')}
            </button>
            <button type="button" className="button button-small" disabled={pending} onClick={() => setChoice(user.role)}>
              {t('admin.users.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {problem ? <StatusMessage tone="error">{problemMessage(t, problem)}</StatusMessage> : null}
      {changedTo && !confirming ? (
        <StatusMessage tone="success">{t('admin.users.changed', { name: user.displayName, role: roleName(changedTo) })}</StatusMessage>
      ) : null}
    </div>
  );
}
