// A new export of a study: the format, optionally a narrower range, and whether small groups are
// left out (else the export is refused while one is below k). The time variable is the study's.
import { useState } from 'preact/hooks';
import { request } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { navigate } from '../shared/router';
import { ErrorNote } from '../shared/ui';
import { useAction } from '../shared/use-action';
import { coarseningKey, FORMATS, formatKey, type Study } from './labels';

export function ExportForm(props: { study: Study }) {
  const { t } = useTranslation();
  const { study } = props;
  const [format, setFormat] = useState<(typeof FORMATS)[number]>('csv');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [isSuppressing, setSuppressing] = useState(false);
  const { isBusy, error, run } = useAction();
  const start = run(async () => {
    const started = await request('POST /research/studies/:id/exports', {
      params: { id: study.id },
      body: { format, from: from || undefined, to: to || undefined, suppressSmallGroups: isSuppressing },
    });
    navigate(`/forschung/export/${started.id}`);
  });
  return (
    <section class="card" aria-labelledby="new-export-title">
      <h2 id="new-export-title">{t('forschung.newExport')}</h2>
      <form onSubmit={start}>
        <label for="export-format">{t('forschung.format')}</label>
        <select
          id="export-format"
          value={format}
          onChange={(e) => setFormat(e.currentTarget.value as (typeof FORMATS)[number])}
        >
          {FORMATS.map((name) => (
            <option key={name} value={name}>
              {t(formatKey(name))}
            </option>
          ))}
        </select>
        <p class="muted">{t('forschung.coarsening', { value: t(coarseningKey(study.timeCoarsening)) })}</p>
        <div class="field-pair">
          <div>
            <label for="export-from">{t('forschung.from')}</label>
            <input
              id="export-from"
              type="date"
              min={study.from}
              max={study.to}
              value={from}
              aria-describedby="export-range-help"
              onInput={(e) => setFrom(e.currentTarget.value)}
            />
          </div>
          <div>
            <label for="export-to">{t('forschung.to')}</label>
            <input
              id="export-to"
              type="date"
              min={study.from}
              max={study.to}
              value={to}
              aria-describedby="export-range-help"
              onInput={(e) => setTo(e.currentTarget.value)}
            />
          </div>
        </div>
        <p id="export-range-help" class="muted">
          {t('forschung.rangeHelp')}
        </p>
        <label class="check">
          <input
            type="checkbox"
            checked={isSuppressing}
            aria-describedby="export-suppress-help"
            onChange={(e) => setSuppressing(e.currentTarget.checked)}
          />{' '}
          {t('forschung.suppress')}
        </label>
        <p id="export-suppress-help" class="muted">
          {t('forschung.suppressHelp', { k: study.minGroupSize })}
        </p>
        <ErrorNote error={error} />
        <button type="submit" class="button" disabled={isBusy}>
          {t('forschung.start')}
        </button>
      </form>
    </section>
  );
}
