// The audit log as a table: every administrative act of the school, by time, actor and kind.
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { ErrorNote } from '../shared/ui';

export function AuditLog() {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<Answer<'GET /school/audit'>['entries'] | null>(null);
  const [from, setFrom] = useState('');
  const [actor, setActor] = useState('');
  const [kind, setKind] = useState('');
  const [error, setError] = useState<unknown>(null);
  const load = (event?: Event) => {
    event?.preventDefault();
    setError(null);
    void request('GET /school/audit', {
      query: {
        ...(from ? { from: new Date(`${from}T00:00:00`).toISOString() } : {}),
        ...(actor ? { actor } : {}),
        ...(kind ? { kind } : {}),
      },
    })
      .then((answer) => setEntries(answer.entries))
      .catch(setError);
  };
  useEffect(() => load(), []);
  return (
    <>
      <form class="card row" onSubmit={load}>
        <div>
          <label for="audit-from">{t('audit.from')}</label>
          <input
            id="audit-from"
            type="date"
            value={from}
            onInput={(e) => setFrom((e.target as HTMLInputElement).value)}
          />
        </div>
        <div>
          <label for="audit-actor">{t('audit.actor')}</label>
          <input id="audit-actor" value={actor} onInput={(e) => setActor((e.target as HTMLInputElement).value)} />
        </div>
        <div>
          <label for="audit-kind">{t('audit.kind')}</label>
          <input id="audit-kind" value={kind} onInput={(e) => setKind((e.target as HTMLInputElement).value)} />
        </div>
        <button type="submit" class="button">
          {t('audit.filter')}
        </button>
      </form>
      <ErrorNote error={error} />
      {entries === null ? null : entries.length === 0 ? (
        <p class="muted">{t('audit.none')}</p>
      ) : (
        <div class="scroll" tabIndex={0}>
          <table class="live-grid">
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.target')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{new Date(entry.at).toLocaleString()}</td>
                  <td>{entry.actor ?? '–'}</td>
                  <td>{entry.action}</td>
                  <td>
                    {entry.targetType}
                    {entry.targetId ? ` ${entry.targetId.slice(0, 8)}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
