// Picked by name: pupils of the school who are in no class yet (e.g. from the school's SSO), and a
// colleague as co-teacher.
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { ErrorNote, Notice } from '../shared/ui';
import { useAction } from '../shared/use-action';

export function ClassMembers(props: { classId: string; onChange: () => void }) {
  const { t } = useTranslation();
  const [candidates, setCandidates] = useState<Answer<'GET /classes/:id/candidates'> | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [teacherId, setTeacherId] = useState('');
  const { isBusy, error, setError, notice, setNotice, run } = useAction();
  const load = () =>
    void request('GET /classes/:id/candidates', { params: { id: props.classId } })
      .then((answer) => {
        setCandidates(answer);
        setTeacherId(answer.teachers[0]?.id ?? '');
      })
      .catch(setError);
  useEffect(load, [props.classId]);

  const addPupils = run(async () => {
    await request('POST /classes/:id/members', { params: { id: props.classId }, body: { pupilIds: chosen } });
    setChosen([]);
    load();
    props.onChange();
  });
  const addTeacher = run(async () => {
    await request('POST /classes/:id/teachers', { params: { id: props.classId }, body: { teacherId } });
    setNotice(t('teacher.coTeacherAdded'));
    load();
  });
  if (!candidates) return <ErrorNote error={error} />;
  return (
    <section class="card" aria-labelledby="members-title">
      <h2 id="members-title">{t('teacher.schoolPupils')}</h2>
      <ErrorNote error={error} />
      <Notice text={notice} />
      {candidates.pupils.length === 0 ? (
        <p class="muted">{t('teacher.noSchoolPupils')}</p>
      ) : (
        <form onSubmit={addPupils}>
          <ul class="plain">
            {candidates.pupils.map((pupil) => (
              <li key={pupil.id}>
                <label class="row check">
                  <input
                    type="checkbox"
                    checked={chosen.includes(pupil.id)}
                    onChange={(e) =>
                      setChosen((all) =>
                        (e.target as HTMLInputElement).checked
                          ? [...all, pupil.id]
                          : all.filter((id) => id !== pupil.id),
                      )
                    }
                  />
                  {pupil.username}
                </label>
              </li>
            ))}
          </ul>
          <button type="submit" class="button" disabled={isBusy || chosen.length === 0}>
            {t('teacher.addChosen')}
          </button>
        </form>
      )}
      {candidates.teachers.length > 0 ? (
        <form onSubmit={addTeacher}>
          <label for="co-teacher">{t('teacher.coTeacher')}</label>
          <select
            id="co-teacher"
            value={teacherId}
            onChange={(e) => setTeacherId((e.target as HTMLSelectElement).value)}
          >
            {candidates.teachers.map((teacher) => (
              <option key={teacher.id} value={teacher.id}>
                {teacher.username}
              </option>
            ))}
          </select>
          <p>
            <button type="submit" class="button quiet" disabled={isBusy}>
              {t('teacher.addCoTeacher')}
            </button>
          </p>
        </form>
      ) : null}
    </section>
  );
}
