// Unused accounts: after how many months without a login an account goes into the restore bin
// (or never), and the accounts that go within the next month, so the school admin can tell their
// owners that one login keeps them.
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { ErrorNote, Notice } from '../shared/ui';
import { useAction } from '../shared/use-action';

type Upcoming = Answer<'GET /school/inactive-accounts'>['accounts'];
const PERIODS = [3, 6, 12, 18, 24, 36, 48, 60];

export function InactiveAccounts(props: { version?: number }) {
  const { t } = useTranslation();
  const [months, setMonths] = useState<string | null>(null);
  const [upcoming, setUpcoming] = useState<Upcoming | null>(null);
  const { isBusy, error, setError, notice, setNotice, run } = useAction();
  const showPeriod = (saved: { months: number | null }) => setMonths(saved.months === null ? '' : String(saved.months));
  const loadUpcoming = () =>
    request('GET /school/inactive-accounts')
      .then((answer) => setUpcoming(answer.accounts))
      .catch(setError);
  useEffect(() => {
    void request('GET /school/inactivity').then(showPeriod).catch(setError);
    void loadUpcoming();
  }, [props.version]);
  if (months === null) return <ErrorNote error={error} />;
  const save = run(async () => {
    showPeriod(await request('PUT /school/inactivity', { body: { months: months === '' ? null : Number(months) } }));
    setNotice(t('inactivity.saved'));
    await loadUpcoming();
  });
  const date = (at: string) => new Date(at).toLocaleDateString();
  const periods = PERIODS.includes(Number(months)) || months === '' ? PERIODS : [...PERIODS, Number(months)];
  return (
    <section class="card" aria-labelledby="inactivity-title">
      <h2 id="inactivity-title">{t('inactivity.title')}</h2>
      <p>{t('inactivity.help')}</p>
      <form onSubmit={save}>
        <label for="inactivity-months">{t('inactivity.period')}</label>
        <select
          id="inactivity-months"
          value={months}
          onChange={(event) => setMonths((event.currentTarget as HTMLSelectElement).value)}
        >
          {periods.map((period) => (
            <option key={period} value={String(period)}>
              {t('inactivity.months', { months: period })}
            </option>
          ))}
          <option value="">{t('inactivity.never')}</option>
        </select>
        <p class="muted">{t('inactivity.changeNotice')}</p>
        <ErrorNote error={error} />
        <Notice text={notice} />
        <p>
          <button type="submit" class="button" disabled={isBusy}>
            {t('common.save')}
          </button>
        </p>
      </form>
      <h3 id="inactivity-upcoming">{t('inactivity.upcoming')}</h3>
      {upcoming && upcoming.length === 0 ? <p>{t('inactivity.none')}</p> : null}
      {upcoming && upcoming.length > 0 ? <p class="muted">{t('inactivity.tip')}</p> : null}
      <ul class="plain" aria-labelledby="inactivity-upcoming">
        {(upcoming ?? []).map((account) => (
          <li key={account.id} class="row pupil-row" data-inactive={account.username ?? account.id}>
            <span class="pupil-name">
              {t('inactivity.account', {
                name: account.username ?? t('inactivity.unknownName'),
                kind: t(`bin.kind.${account.kind}`),
                date: date(account.goesAt),
              })}
              {' · '}
              {account.lastLoginAt
                ? t('inactivity.lastLogin', { date: date(account.lastLoginAt) })
                : t('inactivity.neverLoggedIn')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
