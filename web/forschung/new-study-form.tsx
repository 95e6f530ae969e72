// A new study, set up by a platform admin: name, purpose, range, k, the linkage threshold, the time
// variable every export will use, its researchers and the schools it invites, both picked by name.
import { useEffect, useState } from 'preact/hooks';
import { request } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { ErrorNote, Notice } from '../shared/ui';
import { useAction } from '../shared/use-action';
import { coarseningKey, type Study } from './labels';
import { NamePicker, type Option } from './name-picker';

const COARSENINGS: Study['timeCoarsening'][] = ['day', 'week', 'days-since-first'];

export function NewStudyForm(props: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [researchers, setResearchers] = useState<Option[]>([]);
  const [schools, setSchools] = useState<Option[]>([]);
  const [fields, setFields] = useState({ name: '', purpose: '', from: '', to: '', k: '5', threshold: '5' });
  const [coarsening, setCoarsening] = useState<Study['timeCoarsening']>('day');
  const [researcherIds, setResearcherIds] = useState<string[]>([]);
  const [schoolIds, setSchoolIds] = useState<string[]>([]);
  const { isBusy, error, setError, notice, setNotice, run } = useAction();
  useEffect(() => {
    request('GET /research/researchers')
      .then((answer) => setResearchers(answer.researchers.map((r) => ({ id: r.id, label: r.username }))))
      .catch(setError);
    request('GET /research/schools')
      .then((answer) => setSchools(answer.schools.map((s) => ({ id: s.id, label: `${s.name} (${s.slug})` }))))
      .catch(setError);
  }, []);
  const field = (name: keyof typeof fields) => ({
    id: `study-${name}`,
    value: fields[name],
    onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      setFields({ ...fields, [name]: e.currentTarget.value }),
  });
  const create = run(async () => {
    const created = await request('POST /research/studies', {
      body: {
        name: fields.name,
        purpose: fields.purpose,
        from: fields.from,
        to: fields.to,
        minGroupSize: Number(fields.k),
        linkageThresholdPercent: Number(fields.threshold),
        timeCoarsening: coarsening,
        researcherIds,
        schoolIds,
      },
    });
    setNotice(t('forschung.created', { name: created.name }));
    setFields({ name: '', purpose: '', from: '', to: '', k: '5', threshold: '5' });
    setResearcherIds([]);
    setSchoolIds([]);
    props.onCreated();
  });
  return (
    <section class="card" aria-labelledby="new-study-title">
      <h2 id="new-study-title">{t('forschung.newStudy')}</h2>
      <form onSubmit={create}>
        <label for="study-name">{t('forschung.name')}</label>
        <input {...field('name')} required maxLength={200} />
        <label for="study-purpose">{t('forschung.purpose')}</label>
        <textarea {...field('purpose')} required maxLength={2000} rows={3} />
        <div class="field-pair">
          <div>
            <label for="study-from">{t('forschung.studyFrom')}</label>
            <input {...field('from')} type="date" required />
          </div>
          <div>
            <label for="study-to">{t('forschung.studyTo')}</label>
            <input {...field('to')} type="date" required />
          </div>
          <div>
            <label for="study-k">{t('forschung.minGroup')}</label>
            <input {...field('k')} type="number" inputMode="numeric" min={2} max={100} required />
          </div>
          <div>
            <label for="study-threshold">{t('forschung.linkageThreshold')}</label>
            <input {...field('threshold')} type="number" inputMode="numeric" min={0} max={100} required />
          </div>
        </div>
        <label for="study-coarsening">{t('forschung.coarseningChoice')}</label>
        <select
          id="study-coarsening"
          value={coarsening}
          onChange={(e) => setCoarsening(e.currentTarget.value as Study['timeCoarsening'])}
        >
          {COARSENINGS.map((name) => (
            <option key={name} value={name}>
              {t(coarseningKey(name))}
            </option>
          ))}
        </select>
        <NamePicker
          id="researchers"
          legend={t('forschung.researchers')}
          options={researchers}
          picked={researcherIds}
          onChange={setResearcherIds}
        />
        <NamePicker
          id="schools"
          legend={t('forschung.schoolsPick')}
          options={schools}
          picked={schoolIds}
          onChange={setSchoolIds}
        />
        <ErrorNote error={error} />
        <Notice text={notice} />
        <button type="submit" class="button" disabled={isBusy}>
          {t('forschung.create')}
        </button>
      </form>
    </section>
  );
}
