// Frozen accounts (GDPR Art. 18, restriction of processing): no login, nothing exported, all data
// kept. The school admin freezes a pupil from the pupil card or a staff member from the staff list,
// and lifts a freeze here.
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { ErrorNote, Notice } from '../shared/ui';
import { useAction } from '../shared/use-action';

type Frozen = Answer<'GET /school/frozen-accounts'>['accounts'];

// Asks first (it ends the person's sessions at once), then freezes; false when the admin said no.
export async function freezeAfterConfirm(t: ReturnType<typeof useTranslation>['t'], id: string, name: string) {
  if (!confirm(t('freeze.confirm', { name }))) return false;
  await request('POST /school/frozen-accounts', { body: { userId: id } });
  return true;
}

export function FrozenAccounts(props: { version: number; onChange: () => void }) {
  const { t } = useTranslation();
  const [accounts, setAccounts] = useState<Frozen | null>(null);
  const { isBusy, error, setError, notice, setNotice, run } = useAction();
  const load = () =>
    void request('GET /school/frozen-accounts')
      .then((answer) => setAccounts(answer.accounts))
      .catch(setError);
  useEffect(load, [props.version]);
  const lift = (account: Frozen[number]) =>
    run(async () => {
      const lifted = await request('DELETE /school/frozen-accounts/:id', { params: { id: account.id } });
      const name = account.username ?? t('freeze.unknownName');
      setNotice(lifted.isInBin ? t('freeze.liftedInBin', { name }) : t('freeze.lifted', { name }));
      load();
      props.onChange();
    });
  return (
    <section class="card" aria-labelledby="frozen-title">
      <h2 id="frozen-title">{t('freeze.title')}</h2>
      <p class="muted">{t('freeze.help')}</p>
      <ErrorNote error={error} />
      <Notice text={notice} />
      {accounts && accounts.length === 0 ? <p>{t('freeze.none')}</p> : null}
      <ul class="plain">
        {(accounts ?? []).map((account) => (
          <li key={account.id} class="row pupil-row" data-frozen={account.username ?? account.id}>
            <span class="pupil-name">
              {t('freeze.since', {
                name: account.username ?? t('freeze.unknownName'),
                date: new Date(account.frozenAt).toLocaleDateString(),
              })}
            </span>
            <button
              type="button"
              class="button quiet"
              disabled={isBusy}
              aria-label={`${t('freeze.lift')}: ${account.username ?? ''}`}
              onClick={lift(account)}
            >
              {t('freeze.lift')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
