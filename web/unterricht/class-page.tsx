// One class: the live overview, its pupils (add, login cards), an assignment, progress per topic
// (bars with the numbers beside them: the table is the chart's text alternative), and deletion.
import { useEffect, useState } from 'preact/hooks';
import { request, requestRaw, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { Link, navigate } from '../shared/router';
import { ErrorNote, Notice, Page, type PageLinks } from '../shared/ui';
import { useAction } from '../shared/use-action';
import { useBinDays } from '../shared/bin-list';
import { AssignmentForm } from './assignment-form';
import { AssignmentProgress } from './assignment-progress';
import { ClassMembers } from './class-members';
import { LiveOverview } from './live-overview';
import { PupilRename } from './pupil-rename';

type Pupils = Answer<'GET /classes/:id/pupils'>['pupils'];
type Created = Answer<'POST /classes/:id/pupils'>['pupils'];

export function ClassPage(props: { classId: string; school?: string; links: PageLinks }) {
  const { t } = useTranslation();
  const id = props.classId;
  const [name, setName] = useState('');
  const [pupils, setPupils] = useState<Pupils>([]);
  const [topics, setTopics] = useState<Answer<'GET /topics'>['topics']>([]);
  const [progress, setProgress] = useState<Answer<'GET /classes/:id/progress'>['topics']>([]);
  const [created, setCreated] = useState<Created>([]);
  const [count, setCount] = useState(3);
  const [usernames, setUsernames] = useState('');
  const [assigned, setAssigned] = useState(0);
  const [locked, setLocked] = useState<Answer<'GET /classes/:id/locked-pupils'>['pupils']>([]);

  const { isBusy, error, setError, notice, setNotice, run: attempt } = useAction();

  const reload = () =>
    Promise.all([
      request('GET /classes').then((all) => setName(all.classes.find((c) => c.id === id)?.name ?? '')),
      request('GET /classes/:id/pupils', { params: { id } }).then((answer) => setPupils(answer.pupils)),
      request('GET /classes/:id/progress', { params: { id } }).then((answer) => setProgress(answer.topics)),
      request('GET /classes/:id/locked-pupils', { params: { id } }).then((answer) => setLocked(answer.pupils)),
    ]).catch(setError);
  useEffect(() => {
    void reload();
    void request('GET /topics').then((answer) => setTopics(answer.topics));
  }, [id]);

  const addPupils = attempt(async () => {
    const names = usernames.split(/\s+/).filter(Boolean);
    const answer = await request('POST /classes/:id/pupils', {
      params: { id },
      body: names.length > 0 ? { usernames: names } : { count },
    });
    setCreated(answer.pupils);
    setUsernames('');
    await reload();
  });

  // New one-time passwords, as printable cards: for the whole class, or for one pupil.
  const downloadCards = (pupilIds?: string[]) =>
    attempt(async () => {
      const response = await requestRaw('POST /classes/:id/login-cards', {
        params: { id },
        body: pupilIds ? { pupilIds } : {},
      });
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = 'zugangskarten.pdf';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setCreated([]);
    });

  const unlock = (pupilId: string) =>
    attempt(async () => {
      await request('POST /classes/:id/pupils/:pupilId/unlock', { params: { id, pupilId } });
      setNotice(t('teacher.unlocked'));
      await reload();
    });

  const binDays = useBinDays() ?? 60;
  const deletePupil = (pupil: Pupils[number]) =>
    attempt(async () => {
      if (!confirm(t('teacher.deletePupilConfirm', { name: pupil.username, days: binDays }))) return;
      await request('DELETE /classes/:id/pupils/:pupilId', { params: { id, pupilId: pupil.pupilId } });
      setNotice(t('teacher.pupilDeleted', { name: pupil.username }));
      await reload();
    });

  const deleteClass = attempt(async () => {
    if (!confirm(t('teacher.deleteConfirm', { name, count: pupils.length, days: binDays }))) return;
    await request('DELETE /classes/:id', { params: { id } });
    navigate('/unterricht');
  });

  const topicName = (topicId: string) => topics.find((entry) => entry.id === topicId)?.name ?? topicId;
  const taskTypeName = (templateId: string) =>
    topics.flatMap((entry) => entry.templates).find((template) => template.id === templateId)?.title ?? templateId;
  return (
    <Page title={name || t('common.loading')} school={props.school} links={props.links}>
      <p>
        <Link to="/unterricht">← {t('teacher.classes')}</Link>
      </p>
      <ErrorNote error={error} />
      <Notice text={notice} />
      <LiveOverview classId={id} topics={topics} pupilCount={pupils.length} />

      <section class="card" aria-labelledby="pupils-title">
        <h2 id="pupils-title">
          {t('teacher.pupils')} ({pupils.length})
        </h2>
        <ul class="plain">
          {pupils.map((pupil) => (
            <li key={pupil.pupilId} class="row pupil-row">
              <span class="pupil-name">{pupil.username}</span>
              <Link class="button quiet" to={`/unterricht/klasse/${id}/kind/${pupil.pupilId}`}>
                {t('teacher.history')}
              </Link>
              <button
                type="button"
                class="button quiet"
                aria-label={`${t('teacher.newCard')}: ${pupil.username}`}
                onClick={downloadCards([pupil.pupilId])}
                disabled={isBusy}
              >
                {t('teacher.newCard')}
              </button>
              <PupilRename
                classId={id}
                pupil={pupil}
                onRenamed={(oldName, newName) => {
                  setNotice(t('rename.pupilDone', { old: oldName, name: newName }));
                  void reload();
                }}
              />
              <button
                type="button"
                class="button quiet danger"
                aria-label={`${t('teacher.deletePupil')}: ${pupil.username}`}
                onClick={deletePupil(pupil)}
                disabled={isBusy}
              >
                {t('teacher.deletePupil')}
              </button>
            </li>
          ))}
        </ul>
        {created.length > 0 ? (
          <div class="note info" role="status">
            <p>{t('teacher.passwordsOnce')}</p>
            <ul>
              {created.map((pupil) => (
                <li key={pupil.pupilId}>
                  {pupil.username}: <code>{pupil.oneTimePassword}</code>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <form onSubmit={addPupils}>
          <h3>{t('teacher.addPupils')}</h3>
          <label for="pupil-count">{t('teacher.howMany')}</label>
          <input
            id="pupil-count"
            type="number"
            min={1}
            max={40}
            value={count}
            onInput={(e) => setCount(Number((e.target as HTMLInputElement).value))}
          />
          <label for="pupil-names">{t('teacher.orNames')}</label>
          <textarea
            id="pupil-names"
            rows={3}
            value={usernames}
            onInput={(e) => setUsernames((e.target as HTMLTextAreaElement).value)}
          />
          <p class="row">
            <button type="submit" class="button" disabled={isBusy}>
              {t('teacher.add')}
            </button>
            <button
              type="button"
              class="button quiet"
              onClick={downloadCards()}
              disabled={isBusy || pupils.length === 0}
            >
              {t('teacher.loginCards')}
            </button>
          </p>
        </form>
      </section>

      <ClassMembers classId={id} onChange={() => void reload()} />

      <section class="card" aria-labelledby="locked-title">
        <h2 id="locked-title">{t('teacher.locked')}</h2>
        {locked.length === 0 ? <p class="muted">{t('teacher.noLocked')}</p> : null}
        <ul class="plain">
          {locked.map((pupil) => (
            <li key={pupil.pupilId} class="row">
              <span>
                {t('teacher.lockedRow', {
                  name: pupil.username,
                  failures: pupil.failures,
                  until: pupil.lockedUntil ? new Date(pupil.lockedUntil).toLocaleTimeString() : '–',
                })}
              </span>
              <button type="button" class="button" onClick={unlock(pupil.pupilId)} disabled={isBusy}>
                {t('teacher.unlock')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <AssignmentForm
        classId={id}
        topics={topics}
        isBusy={isBusy}
        run={attempt}
        onAssigned={() => {
          setNotice(t('teacher.assigned'));
          setAssigned((count) => count + 1);
        }}
      />

      <AssignmentProgress
        classId={id}
        topicName={topicName}
        taskTypeName={taskTypeName}
        version={assigned + pupils.length}
      />

      <section class="card" aria-labelledby="topics-title">
        <h2 id="topics-title">{t('teacher.topics')}</h2>
        {progress.length === 0 ? <p class="muted">{t('teacher.noAttempts')}</p> : null}
        <div class="scroll" tabIndex={0}>
          <table hidden={progress.length === 0}>
            <thead>
              <tr>
                <th scope="col">{t('teacher.topic')}</th>
                <th scope="col">{t('teacher.attempts')}</th>
                <th scope="col">{t('teacher.shareCorrect')}</th>
                <th scope="col">{t('teacher.median')}</th>
              </tr>
            </thead>
            <tbody>
              {progress.map((row) => (
                <tr key={row.topic}>
                  <th scope="row">{topicName(row.topic)}</th>
                  <td>{row.attempts}</td>
                  <td>
                    <div class="bar" style={{ width: `${Math.round(row.shareCorrect * 8)}rem` }} aria-hidden="true" />
                    {Math.round(row.shareCorrect * 100)} %
                  </td>
                  <td>{row.medianDurationMs === null ? '–' : `${Math.round(row.medianDurationMs / 1000)} s`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <form onSubmit={deleteClass}>
        <button type="submit" class="button danger" disabled={isBusy}>
          {t('teacher.deleteClass')}
        </button>
      </form>
    </Page>
  );
}
