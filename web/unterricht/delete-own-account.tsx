// A teacher deletes their own account: for each class nobody else teaches they choose a colleague
// or the restore bin (classes with co-teachers stay with them), confirm, and are logged out.
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { ErrorNote } from '../shared/ui';
import { useAction } from '../shared/use-action';
import { useBinDays } from '../shared/bin-list';

type Plan = Answer<'GET /me/account-deletion'>;

export function DeleteOwnAccount() {
  const { t } = useTranslation();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const { isBusy, error, setError, run } = useAction();
  const binDays = useBinDays() ?? 60;
  useEffect(() => void request('GET /me/account-deletion').then(setPlan).catch(setError), []);
  if (!plan) return <ErrorNote error={error} />;
  const open = plan.classes.filter((c) => c.coTeachers.length === 0);
  const isComplete = open.every((c) => choices[c.id]);
  const remove = run(async () => {
    if (!confirm(t('leave.confirm'))) return;
    const handovers = Object.entries(choices)
      .filter(([, to]) => to)
      .map(([classId, to]) => ({ classId, to }));
    await request('POST /me/account-deletion', { body: { handovers } });
    location.assign('/');
  });
  return (
    <form class="card" aria-labelledby="leave-title" onSubmit={(event) => void remove(event)}>
      <h2 id="leave-title">{t('leave.title')}</h2>
      <p class="muted">{t('leave.help', { days: binDays })}</p>
      {plan.classes
        .filter((c) => c.coTeachers.length > 0)
        .map((c) => (
          <p key={c.id}>
            {t('leave.staysWith', { name: c.name, teachers: c.coTeachers.map((p) => p.username).join(', ') })}
          </p>
        ))}
      {open.map((c) => (
        <div key={c.id}>
          <label for={`leave-${c.id}`}>{t('leave.classChoice', { name: c.name, pupils: c.pupils })}</label>
          <select
            id={`leave-${c.id}`}
            value={choices[c.id] ?? ''}
            onChange={(e) => setChoices({ ...choices, [c.id]: (e.target as HTMLSelectElement).value })}
          >
            <option value="">{t('myData.choose')}</option>
            {plan.teachers.map((teacher) => (
              <option key={teacher.id} value={teacher.id}>
                {t('leave.toTeacher', { name: teacher.username })}
              </option>
            ))}
            <option value="bin">{t('leave.toBin')}</option>
          </select>
        </div>
      ))}
      <ErrorNote error={error} />
      <p>
        <button type="submit" class="button danger" disabled={isBusy || !isComplete}>
          {t('leave.submit')}
        </button>
      </p>
    </form>
  );
}
