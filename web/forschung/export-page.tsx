// One export, watched live: polled every second while it is queued or running (a progress bar from
// the job's row counts), then its outcome: the reason of a refusal, the risk and linkage report,
// the files to download.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, request } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { Link } from '../shared/router';
import { ErrorNote, Page, type PageLinks } from '../shared/ui';
import { ExportFiles } from './export-files';
import { dateOf, formatKey, percentOf, statusKey, type Export } from './labels';
import { RiskReport } from './risk-report';

const isPending = (status: Export['status']) => status === 'queued' || status === 'running';

export function ExportPage(props: { exportId: string; links: PageLinks }) {
  const { t } = useTranslation();
  const [job, setJob] = useState<Export | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let isGone = false;
    const poll = async () => {
      try {
        const answer = await request('GET /research/exports/:id', { params: { id: props.exportId } });
        if (isGone) return;
        setJob(answer);
        setError(null);
        if (isPending(answer.status)) timer = setTimeout(() => void poll(), 1000);
      } catch (err) {
        if (isGone) return;
        setError(err);
        // A dropped connection or a server error is retried; a refusal (403, 404) is final.
        if (!(err instanceof ApiError && err.status < 500)) timer = setTimeout(() => void poll(), 1000);
      }
    };
    void poll();
    return () => {
      isGone = true;
      clearTimeout(timer);
    };
  }, [props.exportId]);
  const title = job ? t('forschung.exportTitle', { date: dateOf(job.createdAt) }) : t('forschung.title');
  return (
    <Page title={title} links={props.links}>
      <ErrorNote error={error} />
      {job ? (
        <>
          <p>
            <Link class="button quiet" to={`/forschung/studie/${job.studyId}`}>
              {t('forschung.backToStudy')}
            </Link>
          </p>
          <section class="card" aria-labelledby="export-status">
            <h2 id="export-status" aria-live="polite">
              {t('forschung.statusLine', { status: t(statusKey(job.status)) })}
            </h2>
            <p class="muted">
              {t('forschung.options', {
                format: t(formatKey(job.options.format)),
                from: job.options.from ?? '–',
                to: job.options.to ?? '–',
                suppress: job.options.suppressSmallGroups ? t('forschung.yes') : t('forschung.no'),
              })}
            </p>
            {job.status === 'refused' || job.status === 'failed' ? <Refusal job={job} /> : <Progress job={job} />}
          </section>
          <ExportFiles job={job} />
          {job.riskReport ? <RiskReport report={job.riskReport} /> : null}
        </>
      ) : null}
    </Page>
  );
}

// Why the export was refused (or failed): in the page's language from the report, then the
// server's own words (English).
function Refusal(props: { job: Export }) {
  const { t } = useTranslation();
  const report = props.job.riskReport;
  const linkage = report?.linkage;
  return (
    <div class="note error" role="alert">
      <h3>{props.job.status === 'refused' ? t('forschung.refused') : t('forschung.failed')}</h3>
      {report?.groupsBelowK && !report.suppressionApplied ? (
        <p>
          {t('forschung.refusedSmallGroups', {
            groups: report.groupsBelowK,
            k: report.k ?? '–',
            smallest: report.smallestGroupPupils ?? '–',
          })}
        </p>
      ) : null}
      {linkage?.isAboveThreshold ? (
        <p>{t('forschung.refusedLinkage', { threshold: percentOf(linkage.thresholdPercent) })}</p>
      ) : null}
      {props.job.problem ? (
        <p>
          {t('forschung.serverReason')} <span lang="en">{props.job.problem}</span>
        </p>
      ) : null}
    </div>
  );
}

function Progress(props: { job: Export }) {
  const { t } = useTranslation();
  const { rowsDone, rowsTotal } = props.job.progress;
  const isDone = props.job.status === 'ready';
  const total = rowsTotal ?? (isDone ? rowsDone : null);
  const percent = total ? Math.round((rowsDone / total) * 100) : isDone ? 100 : 0;
  const text =
    total === null
      ? t('forschung.progressUnknown', { done: rowsDone.toLocaleString() })
      : t('forschung.progressText', { done: rowsDone.toLocaleString(), total: total.toLocaleString(), percent });
  return (
    <div class="progress-block">
      <label for="export-progress">{t('forschung.progress')}</label>
      {total === null && !isDone ? (
        <progress id="export-progress" aria-describedby="export-progress-text" />
      ) : (
        <progress
          id="export-progress"
          max={Math.max(total ?? 1, 1)}
          value={total ? rowsDone : 1}
          aria-describedby="export-progress-text"
        />
      )}
      <p id="export-progress-text">{text}</p>
    </div>
  );
}
