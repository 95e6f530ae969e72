// The notice's sections: controller, operator, data and purposes, retention, cookies and device
// storage, studies, rights. Every figure is the running system's.
import type { Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import type { MessageKey } from '../shared/messages-de';

type Notice = Answer<'GET /privacy-notice'>;
const HOUR = 3600;

function Controller({ school }: { school: Notice['school'] }) {
  const { t } = useTranslation();
  if (!school) return <p>{t('privacy.controller.noSchool')}</p>;
  const hasContacts = school.controllerContact || school.dpoName || school.dpoContact;
  return (
    <>
      <p>{t('privacy.controller.school', { school: school.name })}</p>
      {school.controllerContact ? (
        <p>{t('privacy.controller.contact', { contact: school.controllerContact })}</p>
      ) : null}
      {school.dpoName ? <p>{t('privacy.controller.dpo', { name: school.dpoName })}</p> : null}
      {school.dpoContact ? <p>{t('privacy.controller.dpoContact', { contact: school.dpoContact })}</p> : null}
      {hasContacts ? null : <p class="note info">{t('privacy.controller.missing')}</p>}
    </>
  );
}

const RETENTION_ROWS = [
  'restoreBin',
  'loginAttempts',
  'messages',
  'auditLog',
  'exportFiles',
  'serverLogs',
  'loginEvents',
  'adminEvents',
] as const;

function Retention({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  return (
    <div class="scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('privacy.retention.what')}</th>
            <th scope="col">{t('privacy.retention.howLong')}</th>
          </tr>
        </thead>
        <tbody>
          {RETENTION_ROWS.map((row) => (
            <tr key={row} data-retention={row}>
              <td>{t(`privacy.retention.${row}` as MessageKey)}</td>
              <td>{t('privacy.retention.days', { days: notice.retentionDays[row] })}</td>
            </tr>
          ))}
          <tr data-retention="researchReleases">
            <td>{t('privacy.retention.researchReleases')}</td>
            <td>{t('privacy.retention.researchReleasesUntil')}</td>
          </tr>
          {notice.school ? (
            <tr data-retention="inactivity">
              <td>{t('privacy.retention.inactivity')}</td>
              <td>
                {notice.school.inactivityMonths === null
                  ? t('privacy.retention.inactivityNever')
                  : t('privacy.retention.inactivityMonths', { months: notice.school.inactivityMonths })}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

function lifetimeOf(cookie: Notice['cookies'][number], t: ReturnType<typeof useTranslation>['t']): string {
  if (cookie.maxAgeSeconds !== null)
    return cookie.maxAgeSeconds >= HOUR
      ? t('privacy.cookies.hours', { hours: Math.round(cookie.maxAgeSeconds / HOUR) })
      : t('privacy.cookies.seconds', { seconds: cookie.maxAgeSeconds });
  if (cookie.sessionEndsAfterSeconds !== null)
    return t('privacy.cookies.browserSessionAtMost', { hours: Math.round(cookie.sessionEndsAfterSeconds / HOUR) });
  return t('privacy.cookies.browserSession');
}

function Cookies({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('privacy.cookies.intro')}</p>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('privacy.cookies.name')}</th>
              <th scope="col">{t('privacy.cookies.setBy')}</th>
              <th scope="col">{t('privacy.cookies.purpose')}</th>
              <th scope="col">{t('privacy.cookies.lifetime')}</th>
            </tr>
          </thead>
          <tbody>
            {notice.cookies.map((cookie) => (
              <tr key={cookie.name} data-cookie={cookie.name}>
                <td>
                  <code>{cookie.name}</code>
                </td>
                <td>{t(`privacy.cookies.setBy.${cookie.setBy}`)}</td>
                <td>{t(`privacy.cookies.purpose.${cookie.purpose}`)}</td>
                <td>{lifetimeOf(cookie, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('privacy.storage.title')}</h3>
      <ul>
        {notice.deviceStorage.map((entry) => (
          <li key={entry.key}>
            <code>{entry.key}</code>: {t(`privacy.storage.purpose.${entry.purpose}`)}
          </li>
        ))}
      </ul>
    </>
  );
}

function Studies({ studies }: { studies: Notice['studies'] }) {
  const { t } = useTranslation();
  if (studies.length === 0) return <p>{t('privacy.studies.none')}</p>;
  return (
    <ul>
      {studies.map((study) => (
        <li key={study.name + study.from}>
          <strong>{study.name}</strong> ({t('privacy.studies.range', { from: study.from, to: study.to })}
          {study.isEnded ? `, ${t('privacy.studies.ended')}` : ''}): {study.purpose}
        </li>
      ))}
    </ul>
  );
}

const DATA_KINDS = ['account', 'learning', 'logins', 'messages', 'audit', 'research'] as const;
const RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'objection'] as const;

export function PrivacyNotice({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('privacy.intro')}</p>
      <section class="card">
        <h2>{t('privacy.controller.title')}</h2>
        <Controller school={notice.school} />
      </section>
      <section class="card">
        <h2>{t('privacy.operator.title')}</h2>
        <p>{t('privacy.operator.text', notice.operator)}</p>
      </section>
      <section class="card">
        <h2>{t('privacy.data.title')}</h2>
        <ul>
          {DATA_KINDS.map((kind) => (
            <li key={kind}>{t(`privacy.data.${kind}`)}</li>
          ))}
        </ul>
      </section>
      <section class="card">
        <h2>{t('privacy.retention.title')}</h2>
        <Retention notice={notice} />
        <p>{t('privacy.retention.learning', { months: notice.attemptMonths })}</p>
        <p data-session>
          {t('privacy.session', {
            hours: Math.round(notice.session.maxSeconds / HOUR),
            minutes: Math.round(notice.session.idleSeconds / 60),
          })}
        </p>
      </section>
      <section class="card">
        <h2>{t('privacy.cookies.title')}</h2>
        <Cookies notice={notice} />
      </section>
      <section class="card">
        <h2>{t('privacy.studies.title')}</h2>
        <Studies studies={notice.studies} />
      </section>
      <section class="card">
        <h2>{t('privacy.rights.title')}</h2>
        <ul>
          {RIGHTS.map((right) => (
            <li key={right}>{t(`privacy.rights.${right}`)}</li>
          ))}
          <li>
            {t('privacy.rights.complaint', { name: notice.supervisoryAuthority.name })}{' '}
            <a href={notice.supervisoryAuthority.url}>{t('privacy.rights.complaintLink')}</a>
          </li>
        </ul>
      </section>
    </>
  );
}
