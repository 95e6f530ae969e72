// The school's staff accounts: create one (the one-time password is shown once), give or take the
// school-admin role, disable or enable.
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { ErrorNote, Notice } from '../shared/ui';
import { useAction } from '../shared/use-action';
import { useBinDays } from '../shared/bin-list';
import { freezeAfterConfirm } from './frozen-accounts';

type Staff = Answer<'GET /school/staff'>['staff'];

export function StaffAccounts(props: { version?: number; onChange?: () => void; onFrozen?: () => void }) {
  const { t } = useTranslation();
  const [staff, setStaff] = useState<Staff>([]);
  const [username, setUsername] = useState('');
  const [isAdmin, setAdmin] = useState(false);
  const { isBusy, error, setError, notice, setNotice, run } = useAction();
  const load = () =>
    void request('GET /school/staff')
      .then((answer) => setStaff(answer.staff))
      .catch(setError);
  useEffect(load, [props.version]);
  const act = (work: () => Promise<unknown>) =>
    run(async () => {
      await work();
      load();
    });
  const binDays = useBinDays() ?? 60;
  const remove = (person: Staff[number]) =>
    run(async () => {
      if (!confirm(t('staff.deleteConfirm', { name: person.username, days: binDays }))) return;
      await request('DELETE /school/staff/:id', { params: { id: person.id } });
      setNotice(t('staff.deleted', { name: person.username }));
      load();
      props.onChange?.();
    });
  const freeze = (person: Staff[number]) =>
    run(async () => {
      if (!(await freezeAfterConfirm(t, person.id, person.username))) return;
      setNotice(t('freeze.done', { name: person.username }));
      load();
      props.onFrozen?.();
    });
  const create = run(async () => {
    const roles: ('teacher' | 'school-admin')[] = isAdmin ? ['teacher', 'school-admin'] : ['teacher'];
    const created = await request('POST /school/staff', { body: { username, roles } });
    setNotice(t('staff.created', { name: created.username, password: created.oneTimePassword }));
    setUsername('');
    load();
  });
  return (
    <section class="card" aria-labelledby="staff-title">
      <h2 id="staff-title">{t('staff.title')}</h2>
      <ErrorNote error={error} />
      <Notice text={notice} />
      <ul class="plain">
        {staff.map((person) => {
          const isSchoolAdmin = person.roles.includes('school-admin');
          const roles: ('teacher' | 'school-admin')[] = isSchoolAdmin ? ['teacher'] : ['teacher', 'school-admin'];
          return (
            <li key={person.id} class="row pupil-row" data-staff={person.username}>
              <span class="pupil-name">
                {person.username} ({person.roles.join(', ')}) ·{' '}
                {person.isEnabled ? t('staff.enabled') : t('staff.disabled')}
              </span>
              <button
                type="button"
                class="button quiet"
                disabled={isBusy}
                onClick={act(() =>
                  request('PUT /school/staff/:id/roles', { params: { id: person.id }, body: { roles } }),
                )}
              >
                {isSchoolAdmin ? t('staff.removeAdmin') : t('staff.makeAdmin')}
              </button>
              <button
                type="button"
                class="button quiet"
                disabled={isBusy}
                onClick={act(() =>
                  request('PUT /school/staff/:id/enabled', {
                    params: { id: person.id },
                    body: { isEnabled: !person.isEnabled },
                  }),
                )}
              >
                {person.isEnabled ? t('staff.disable') : t('staff.enable')}
              </button>
              <button
                type="button"
                class="button quiet"
                disabled={isBusy}
                aria-label={`${t('freeze.staff')}: ${person.username}`}
                onClick={freeze(person)}
              >
                {t('freeze.staff')}
              </button>
              <button
                type="button"
                class="button quiet danger"
                disabled={isBusy}
                aria-label={`${t('staff.delete')}: ${person.username}`}
                onClick={remove(person)}
              >
                {t('staff.delete')}
              </button>
            </li>
          );
        })}
      </ul>
      <form onSubmit={create}>
        <label for="staff-username">{t('staff.username')}</label>
        <input
          id="staff-username"
          required
          value={username}
          onInput={(e) => setUsername((e.target as HTMLInputElement).value)}
        />
        <label class="row check">
          <input type="checkbox" checked={isAdmin} onChange={(e) => setAdmin((e.target as HTMLInputElement).checked)} />
          {t('staff.asAdmin')}
        </label>
        <p>
          <button type="submit" class="button" disabled={isBusy}>
            {t('staff.create')}
          </button>
        </p>
      </form>
    </section>
  );
}
