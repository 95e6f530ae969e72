// The study's revocation list: pseudonyms whose rows the researcher must delete from files they hold.
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation, type MessageKey } from '../shared/i18n';
import { ErrorNote } from '../shared/ui';
import { dayOf } from './labels';

export function Revocations(props: { studyId: string }) {
  const { t } = useTranslation();
  const [revocations, setRevocations] = useState<Answer<'GET /research/studies/:id/revocations'>['revocations']>();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    request('GET /research/studies/:id/revocations', { params: { id: props.studyId } })
      .then((answer) => setRevocations(answer.revocations))
      .catch(setError);
  }, [props.studyId]);
  return (
    <section class="card" aria-labelledby="revocations-title">
      <h2 id="revocations-title">{t('forschung.revocations')}</h2>
      <p>{t('forschung.revocationsHelp')}</p>
      <ErrorNote error={error} />
      {revocations?.length === 0 ? <p class="muted">{t('forschung.noRevocations')}</p> : null}
      {revocations?.length ? (
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('forschung.pseudonym')}</th>
                <th scope="col">{t('forschung.reason')}</th>
                <th scope="col">{t('forschung.since')}</th>
              </tr>
            </thead>
            <tbody>
              {revocations.map((entry) => (
                <tr key={entry.pseudonym}>
                  <td>
                    <code>{entry.pseudonym}</code>
                  </td>
                  <td>{t(`forschung.reason.${entry.reason}` as MessageKey)}</td>
                  <td>{dayOf(entry.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
