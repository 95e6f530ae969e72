// "2FA for everyone", the login countries per role and the address policy, and what they blocked.
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation, type MessageKey } from '../shared/i18n';
import { ErrorNote, Notice } from '../shared/ui';
import { useAction } from '../shared/use-action';

const ROLES = ['pupil', 'teacher', 'school-admin'] as const;
const codesOf = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);

export function TwoFactorSetting() {
  const { t } = useTranslation();
  const [school, setSchool] = useState<Answer<'GET /school'> | null>(null);
  const { isBusy, error, setError, run } = useAction();
  useEffect(() => void request('GET /school').then(setSchool).catch(setError), []);
  if (!school) return <ErrorNote error={error} />;
  const toggle = run(async () =>
    setSchool(
      await request('PUT /school/two-factor', { body: { isRequiredForAll: !school.isTwoFactorRequiredForAll } }),
    ),
  );
  return (
    <section class="card" aria-labelledby="twofactor-title">
      <h2 id="twofactor-title">{t('school.twoFactor')}</h2>
      <p role="status">{school.isTwoFactorRequiredForAll ? t('school.twoFactorOn') : t('school.twoFactorOff')}</p>
      <ErrorNote error={error} />
      <button type="button" class="button" disabled={isBusy} onClick={toggle}>
        {school.isTwoFactorRequiredForAll ? t('school.switchOff') : t('school.switchOn')}
      </button>
    </section>
  );
}

export function LoginRules() {
  const { t } = useTranslation();
  const [rules, setRules] = useState<Answer<'GET /school/login-countries'> | null>(null);
  const [lists, setLists] = useState<Record<string, string>>({});
  const [blocked, setBlocked] = useState<Answer<'GET /school/login-attempts'>['attempts']>([]);
  const { isBusy, error, setError, notice, setNotice, run } = useAction();
  const load = () =>
    Promise.all([
      request('GET /school/login-countries').then((answer) => {
        setRules(answer);
        setLists(Object.fromEntries(ROLES.map((role) => [role, (answer.roles[role] ?? []).join(', ')])));
      }),
      request('GET /school/login-attempts', { query: { blocked: 'true', limit: 50 } }).then((answer) =>
        setBlocked(answer.attempts),
      ),
    ]).catch(setError);
  useEffect(() => void load(), []);
  if (!rules) return <ErrorNote error={error} />;
  const saveRole = (role: (typeof ROLES)[number]) =>
    run(async () => {
      const codes = codesOf(lists[role] ?? '');
      const saved = await request('PUT /school/login-countries/:role', {
        params: { role },
        body: { countries: codes.length > 0 ? codes : null },
      });
      setNotice(t('school.saved', { count: saved.endedSessions }));
      await load();
    });
  const setPolicy = (
    change: Partial<Pick<typeof rules, 'isPrivateAddressLoginAllowed' | 'isUnknownCountryLoginAllowed'>>,
  ) =>
    run(async () => {
      const policy = {
        isPrivateAddressLoginAllowed: rules.isPrivateAddressLoginAllowed,
        isUnknownCountryLoginAllowed: rules.isUnknownCountryLoginAllowed,
        ...change,
      };
      // Shown at once (a box that jumps back until the server answers looks broken), put back on error.
      setRules({ ...rules, ...policy });
      try {
        setRules(await request('PUT /school/login-address-policy', { body: policy }));
      } catch (err) {
        setRules(rules);
        throw err;
      }
    })();
  return (
    <>
      <section class="card" aria-labelledby="countries-title">
        <h2 id="countries-title">{t('school.countries')}</h2>
        <p class="muted">{t('school.countriesHelp')}</p>
        <ErrorNote error={error} />
        <Notice text={notice} />
        {ROLES.map((role) => (
          <form key={role} class="role-row" onSubmit={saveRole(role)}>
            <label for={`countries-${role}`}>{t(`school.role.${role}` as MessageKey)}</label>
            <input
              id={`countries-${role}`}
              value={lists[role] ?? ''}
              onInput={(e) => setLists({ ...lists, [role]: (e.target as HTMLInputElement).value })}
            />
            <button
              type="submit"
              class="button quiet"
              disabled={isBusy}
              aria-label={`${t('common.save')}: ${t(`school.role.${role}` as MessageKey)}`}
            >
              {t('common.save')}
            </button>
          </form>
        ))}
        <h3>{t('school.addressPolicy')}</h3>
        <label class="row check">
          <input
            type="checkbox"
            checked={rules.isPrivateAddressLoginAllowed}
            disabled={isBusy}
            onChange={(e) => void setPolicy({ isPrivateAddressLoginAllowed: (e.target as HTMLInputElement).checked })}
          />
          {t('school.privateAllowed')}
        </label>
        <label class="row check">
          <input
            type="checkbox"
            checked={rules.isUnknownCountryLoginAllowed}
            disabled={isBusy}
            onChange={(e) => void setPolicy({ isUnknownCountryLoginAllowed: (e.target as HTMLInputElement).checked })}
          />
          {t('school.unknownAllowed')}
        </label>
      </section>
      <section class="card" aria-labelledby="blocked-title">
        <h2 id="blocked-title">{t('school.blocked')}</h2>
        {blocked.length === 0 ? (
          <p class="muted">{t('school.noBlocked')}</p>
        ) : (
          <div class="scroll" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('audit.when')}</th>
                  <th scope="col">{t('school.country')}</th>
                  <th scope="col">{t('school.reason')}</th>
                  <th scope="col">{t('school.address')}</th>
                </tr>
              </thead>
              <tbody>
                {blocked.map((attempt) => (
                  <tr key={attempt.id}>
                    <td>{new Date(attempt.occurredAt).toLocaleString()}</td>
                    <td>{attempt.country ?? '–'}</td>
                    <td>{attempt.reason}</td>
                    <td>{attempt.ipTruncated}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
