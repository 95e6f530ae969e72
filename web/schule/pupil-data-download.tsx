// A pupil's data for their parents (GDPR Art. 15/20): the school admin picks a class and a pupil and
// downloads everything the platform holds about the pupil as JSON (audited), or freezes the pupil's
// account (Art. 18: no login, nothing exported, data kept).
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { saveAsJsonFile } from '../shared/my-data-page';
import { ErrorNote, Notice } from '../shared/ui';
import { freezeAfterConfirm } from './frozen-accounts';
import { useAction } from '../shared/use-action';

type Classes = Answer<'GET /classes'>['classes'];
type Pupils = Answer<'GET /classes/:id/pupils'>['pupils'];

export function PupilDataDownload(props: { onFrozen: () => void }) {
  const { t } = useTranslation();
  const [classes, setClasses] = useState<Classes>([]);
  const [classId, setClassId] = useState('');
  const [pupils, setPupils] = useState<Pupils>([]);
  const [pupilId, setPupilId] = useState('');
  const { isBusy, error, setError, notice, setNotice, run } = useAction();
  useEffect(
    () =>
      void request('GET /classes')
        .then((answer) => setClasses(answer.classes))
        .catch(setError),
    [],
  );
  useEffect(() => {
    setPupils([]);
    setPupilId('');
    if (classId)
      void request('GET /classes/:id/pupils', { params: { id: classId } })
        .then((answer) => setPupils(answer.pupils))
        .catch(setError);
  }, [classId]);
  const download = run(async () => {
    const pupil = pupils.find((p) => p.pupilId === pupilId);
    if (!pupil) return;
    const data = await request('GET /school/pupils/:id/data', { params: { id: pupil.pupilId } });
    saveAsJsonFile(data, `daten-${pupil.username}.json`);
    setNotice(t('myData.pupilDone', { name: pupil.username }));
  });
  const freeze = run(async () => {
    const pupil = pupils.find((p) => p.pupilId === pupilId);
    if (!pupil || !(await freezeAfterConfirm(t, pupil.pupilId, pupil.username))) return;
    setNotice(t('freeze.done', { name: pupil.username }));
    props.onFrozen();
  });
  return (
    <form class="card" aria-labelledby="pupil-data-title" onSubmit={(event) => void download(event)}>
      <h2 id="pupil-data-title">{t('myData.pupilTitle')}</h2>
      <p class="muted">{t('myData.pupilHelp')}</p>
      <label for="pupil-data-class">{t('myData.class')}</label>
      <select id="pupil-data-class" value={classId} onChange={(e) => setClassId((e.target as HTMLSelectElement).value)}>
        <option value="">{t('myData.choose')}</option>
        {classes.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name} ({c.schoolYear})
          </option>
        ))}
      </select>
      <label for="pupil-data-pupil">{t('myData.pupil')}</label>
      <select
        id="pupil-data-pupil"
        value={pupilId}
        disabled={pupils.length === 0}
        onChange={(e) => setPupilId((e.target as HTMLSelectElement).value)}
      >
        <option value="">{t('myData.choose')}</option>
        {pupils.map((p) => (
          <option key={p.pupilId} value={p.pupilId}>
            {p.username}
          </option>
        ))}
      </select>
      <ErrorNote error={error} />
      <Notice text={notice} />
      <p>
        <button type="submit" class="button" disabled={isBusy || !pupilId}>
          {t('myData.pupilDownload')}
        </button>{' '}
        <button type="button" class="button quiet danger" disabled={isBusy || !pupilId} onClick={freeze}>
          {t('freeze.pupil')}
        </button>
      </p>
    </form>
  );
}
