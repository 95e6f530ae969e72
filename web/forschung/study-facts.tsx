// What a study is: purpose, range, k, its fixed time variable, schools taking part, its end.
import { useTranslation } from '../shared/i18n';
import { coarseningKey, dayOf, type Study } from './labels';

export function StudyFacts(props: { study: Study }) {
  const { t } = useTranslation();
  const { study } = props;
  return (
    <>
      <p>{study.purpose}</p>
      <ul class="facts">
        <li>{t('forschung.range', { from: study.from, to: study.to })}</li>
        <li>{t('forschung.k', { k: study.minGroupSize })}</li>
        <li>{t('forschung.coarsening', { value: t(coarseningKey(study.timeCoarsening)) })}</li>
        <li>{t('forschung.schools', { optedIn: study.schoolsOptedIn, invited: study.schoolsInvited })}</li>
      </ul>
      {study.endedAt ? <p class="note info">{t('forschung.ended', { date: dayOf(study.endedAt) })}</p> : null}
    </>
  );
}
