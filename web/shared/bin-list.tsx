// The restore bin as the caller may use it (school admins: the school's; teachers: their own classes
// and the pupils deleted from them): restore, or delete for good after a confirmation.
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from './api';
import { useTranslation } from './i18n';
import { ErrorNote, Notice } from './ui';
import { useAction } from './use-action';

type Bin = Answer<'GET /bin'>;

export function BinList(props: { version?: number; onChange?: () => void }) {
  const { t } = useTranslation();
  const [bin, setBin] = useState<Bin | null>(null);
  const { isBusy, error, setError, notice, setNotice, run } = useAction();
  const load = () => void request('GET /bin').then(setBin).catch(setError);
  useEffect(load, [props.version]);
  if (!bin) return <ErrorNote error={error} />;
  const date = (at: string) => new Date(at).toLocaleDateString();
  const act = (work: () => Promise<unknown>, done: string) =>
    run(async () => {
      await work();
      setNotice(done);
      load();
      props.onChange?.();
    });
  const confirmed = (name: string, work: () => Promise<unknown>) => async () => {
    if (confirm(t('bin.purgeConfirm', { name }))) await work();
  };
  const isEmpty = bin.accounts.length === 0 && bin.classes.length === 0;
  return (
    <section class="card" aria-labelledby="bin-title">
      <h2 id="bin-title">{t('bin.title')}</h2>
      <p class="muted">{t('bin.help', { days: bin.days })}</p>
      <ErrorNote error={error} />
      <Notice text={notice} />
      {isEmpty ? <p class="muted">{t('bin.empty')}</p> : null}
      <ul class="plain">
        {bin.classes.map((entry) => (
          <li key={entry.id} class="row pupil-row" data-bin={entry.name}>
            <span class="pupil-name">
              {t('bin.class', {
                name: entry.name,
                count: entry.pupils,
                date: date(entry.binnedAt),
                purge: date(entry.purgeAt),
              })}
            </span>
            <BinActions
              label={entry.name}
              isBusy={isBusy}
              onRestore={act(
                () => request('POST /bin/classes/:id/restore', { params: { id: entry.id } }),
                t('bin.restored'),
              )}
              onPurge={confirmed(
                entry.name,
                act(() => request('DELETE /bin/classes/:id', { params: { id: entry.id } }), t('bin.purged')),
              )}
            />
          </li>
        ))}
        {bin.accounts.map((entry) => (
          <li key={entry.id} class="row pupil-row" data-bin={entry.username}>
            <span class="pupil-name">
              {t(entry.reason === 'inactive' ? 'bin.accountInactive' : 'bin.account', {
                name: entry.username,
                kind: t(entry.kind === 'pupil' ? 'bin.kind.pupil' : 'bin.kind.teacher'),
                date: date(entry.binnedAt),
                purge: date(entry.purgeAt),
              })}
            </span>
            <BinActions
              label={entry.username}
              isBusy={isBusy}
              onRestore={act(
                () => request('POST /bin/accounts/:id/restore', { params: { id: entry.id } }),
                t('bin.restored'),
              )}
              onPurge={confirmed(
                entry.username,
                act(() => request('DELETE /bin/accounts/:id', { params: { id: entry.id } }), t('bin.purged')),
              )}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function BinActions(props: { label: string; isBusy: boolean; onRestore: () => void; onPurge: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        class="button"
        disabled={props.isBusy}
        aria-label={`${t('bin.restore')}: ${props.label}`}
        onClick={props.onRestore}
      >
        {t('bin.restore')}
      </button>
      <button
        type="button"
        class="button quiet danger"
        disabled={props.isBusy}
        aria-label={`${t('bin.purge')}: ${props.label}`}
        onClick={props.onPurge}
      >
        {t('bin.purge')}
      </button>
    </>
  );
}

// How long the bin keeps what is deleted (for the confirmations), read once from the server.
export function useBinDays(): number | null {
  const [days, setDays] = useState<number | null>(null);
  useEffect(
    () =>
      void request('GET /bin').then(
        (bin) => setDays(bin.days),
        () => setDays(null),
      ),
    [],
  );
  return days;
}
