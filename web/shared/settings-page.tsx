// The user's own login countries, with the lock-out guard: a list that leaves out the country the
// request comes from needs a second, explicit "save anyway".
import { useEffect, useState } from 'preact/hooks';
import { ApiError, request } from './api';
import { useTranslation } from './i18n';
import { ErrorNote, Notice } from './ui';
import { useAction } from './use-action';

export function CountrySettings() {
  const { t } = useTranslation();
  const [countries, setCountries] = useState<string | null>(null);
  const [schoolLists, setSchoolLists] = useState<Record<string, string[]>>({});
  const [lockout, setLockout] = useState('');
  const { isBusy, error, setError, notice, setNotice, run } = useAction();
  useEffect(() => {
    void request('GET /me/login-countries')
      .then((mine) => {
        setCountries((mine.countries ?? []).join(', '));
        setSchoolLists(mine.schoolLists);
      })
      .catch(setError);
  }, []);
  const save = (isLockoutConfirmed: boolean) =>
    run(async () => {
      const codes = (countries ?? '')
        .split(/[\s,;]+/)
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean);
      try {
        const saved = await request('PUT /me/login-countries', {
          body: { countries: codes.length > 0 ? codes : null, isLockoutConfirmed },
        });
        setLockout('');
        setNotice(t('settings.saved', { count: saved.endedSessions }));
      } catch (err) {
        if (err instanceof ApiError && err.code === 'would_lock_out') setLockout(err.message);
        else throw err;
      }
    });
  // The form appears once the saved list is there: what is typed before would be overwritten.
  if (countries === null) return error ? <ErrorNote error={error} /> : <p class="muted">{t('common.loading')}</p>;
  const lists = Object.entries(schoolLists)
    .map(([role, codes]) => `${role}: ${codes.join(', ')}`)
    .join('; ');
  return (
    <form
      class="card"
      onSubmit={(event) => {
        void save(false)(event);
      }}
    >
      <label for="countries">{t('settings.countries')}</label>
      <input
        id="countries"
        autocomplete="off"
        aria-describedby="countries-help"
        value={countries}
        onInput={(e) => setCountries((e.target as HTMLInputElement).value)}
      />
      <p id="countries-help" class="muted">
        {t('settings.countriesHelp')}
      </p>
      {lists ? <p>{t('settings.schoolLists', { lists })}</p> : null}
      <ErrorNote error={error} />
      <Notice text={notice} />
      {lockout ? (
        <div class="note error" role="alert">
          <p>{t('settings.lockout', { message: lockout })}</p>
          <button type="button" class="button danger" disabled={isBusy} onClick={save(true)}>
            {t('settings.confirmLockout')}
          </button>
        </div>
      ) : null}
      <p>
        <button type="submit" class="button" disabled={isBusy}>
          {t('common.save')}
        </button>
      </p>
    </form>
  );
}
