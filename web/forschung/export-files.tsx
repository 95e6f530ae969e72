// The files of a ready export: the data file, its codebook and its manifest (downloads, with Range
// support on the server so a broken download resumes).
import { useTranslation } from '../shared/i18n';
import type { Export } from './labels';

export function ExportFiles(props: { job: Export }) {
  const { t } = useTranslation();
  if (props.job.files.length === 0) return null;
  const labelOf = (name: string) =>
    name === 'codebook.json'
      ? t('forschung.file.codebook')
      : name === 'manifest.json'
        ? t('forschung.file.manifest')
        : t('forschung.file.data', { name });
  return (
    <section class="card" aria-labelledby="files-title">
      <h2 id="files-title">{t('forschung.files')}</h2>
      <ul class="plain row">
        {props.job.files.map((file) => (
          <li key={file.name}>
            <a class="button quiet" href={file.href} download={file.name}>
              {labelOf(file.name)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
