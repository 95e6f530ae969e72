// The school's pupils in no class (e.g. from the school's SSO, before a teacher adds them): listed for
// the school admin, who can download a pupil's data (GDPR Art. 15) or freeze the account (Art. 18)
// here as for pupils in classes. A teacher adds them to a class from the class page.
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { saveAsJsonFile } from '../shared/my-data-page';
import { ErrorNote, Notice } from '../shared/ui';
import { useAction } from '../shared/use-action';
import { freezeAfterConfirm } from './frozen-accounts';

type Pupils = Answer<'GET /school-pupils/without-class'>['pupils'];

export function PupilsWithoutClass(props: { version: number; onFrozen: () => void }) {
  const { t } = useTranslation();
  const [pupils, setPupils] = useState<Pupils | null>(null);
  const { isBusy, error, setError, notice, setNotice, run } = useAction();
  const load = () =>
    void request('GET /school-pupils/without-class')
      .then((answer) => setPupils(answer.pupils))
      .catch(setError);
  useEffect(load, [props.version]);
  const download = (pupil: Pupils[number]) =>
    run(async () => {
      saveAsJsonFile(
        await request('GET /school/pupils/:id/data', { params: { id: pupil.id } }),
        `daten-${pupil.username}.json`,
      );
      setNotice(t('myData.pupilDone', { name: pupil.username }));
    });
  const freeze = (pupil: Pupils[number]) =>
    run(async () => {
      if (!(await freezeAfterConfirm(t, pupil.id, pupil.username))) return;
      setNotice(t('freeze.done', { name: pupil.username }));
      props.onFrozen();
    });
  return (
    <section class="card" aria-labelledby="no-class-title">
      <h2 id="no-class-title">{t('noClass.title')}</h2>
      <p class="muted">{t('noClass.help')}</p>
      <ErrorNote error={error} />
      <Notice text={notice} />
      {pupils && pupils.length === 0 ? <p>{t('noClass.none')}</p> : null}
      <ul class="plain">
        {(pupils ?? []).map((pupil) => (
          <li key={pupil.id} class="row pupil-row" data-no-class={pupil.username}>
            <span class="pupil-name">{pupil.username}</span>
            <button
              type="button"
              class="button quiet"
              disabled={isBusy}
              aria-label={`${t('myData.pupilDownload')}: ${pupil.username}`}
              onClick={download(pupil)}
            >
              {t('myData.pupilDownload')}
            </button>
            <button
              type="button"
              class="button quiet danger"
              disabled={isBusy}
              aria-label={`${t('freeze.pupil')}: ${pupil.username}`}
              onClick={freeze(pupil)}
            >
              {t('freeze.pupil')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
