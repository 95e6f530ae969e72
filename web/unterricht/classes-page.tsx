// The teacher's classes, and a new one.
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { Link, navigate } from '../shared/router';
import { ErrorNote } from '../shared/ui';
import { useAction } from '../shared/use-action';
import { BinList } from '../shared/bin-list';

function currentSchoolYear(now = new Date()): string {
  const start = now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

export function ClassesPage(props: { canCreate: boolean }) {
  const { t } = useTranslation();
  const [classes, setClasses] = useState<Answer<'GET /classes'>['classes'] | null>(null);
  const { isBusy, error, setError, run } = useAction();
  const [name, setName] = useState('');
  const [grade, setGrade] = useState(4);
  const [schoolYear, setSchoolYear] = useState(currentSchoolYear());
  const [version, setVersion] = useState(0);
  useEffect(() => {
    void request('GET /classes')
      .then((list) => setClasses(list.classes))
      .catch(setError);
  }, [version]);
  const create = run(async () => {
    const created = await request('POST /classes', { body: { name, grade, schoolYear } });
    navigate(`/unterricht/klasse/${created.id}`);
  });
  return (
    <>
      <ErrorNote error={error} />
      {classes === null ? (
        <p class="muted">{t('common.loading')}</p>
      ) : classes.length === 0 ? (
        <p class="muted">{t('teacher.noClasses')}</p>
      ) : (
        <div class="grid">
          {classes.map((schoolClass) => (
            <Link key={schoolClass.id} class="card" to={`/unterricht/klasse/${schoolClass.id}`}>
              <strong>{schoolClass.name}</strong>
              <br />
              <span class="muted">
                {schoolClass.schoolYear} · {t('teacher.pupilCount', { count: schoolClass.pupils })}
              </span>
            </Link>
          ))}
        </div>
      )}
      {props.canCreate ? (
        <form class="card" onSubmit={create} aria-labelledby="new-class">
          <h2 id="new-class">{t('teacher.newClass')}</h2>
          <label for="class-name">{t('teacher.className')}</label>
          <input
            id="class-name"
            required
            maxLength={50}
            value={name}
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
          />
          <label for="class-grade">{t('teacher.grade')}</label>
          <input
            id="class-grade"
            type="number"
            min={1}
            max={13}
            required
            value={grade}
            onInput={(e) => setGrade(Number((e.target as HTMLInputElement).value))}
          />
          <label for="class-year">{t('teacher.schoolYear')}</label>
          <input
            id="class-year"
            required
            pattern="20[0-9]{2}/[0-9]{2}"
            value={schoolYear}
            onInput={(e) => setSchoolYear((e.target as HTMLInputElement).value)}
          />
          <p>
            <button type="submit" class="button" disabled={isBusy}>
              {t('teacher.create')}
            </button>
          </p>
        </form>
      ) : null}
      <BinList onChange={() => setVersion((v) => v + 1)} />
    </>
  );
}
