// The researchers' and platform admins' app (/forschung): a researcher's studies, their exports
// (live progress, the risk and linkage report, files) and revocations; a platform admin sets
// studies up and ends them.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { useLocation } from '../shared/router';
import '../shared/styles.css';
import './forschung.css';
import { Page } from '../shared/ui';
import { ExportPage } from './export-page';
import { MyStudies } from './my-studies';
import { StudyAdmin } from './study-admin';
import { StudyPage } from './study-page';

function ResearchApp() {
  const { t } = useTranslation();
  const { path } = useLocation();
  const [me, setMe] = useState<Answer<'GET /me'> | null>(null);
  useEffect(() => {
    void request('GET /me').then((who) => {
      if (!who.roles.includes('researcher') && !who.roles.includes('platform-admin')) location.assign('/');
      else setMe(who);
    });
  }, []);
  if (!me) return <p class="muted">{t('common.loading')}</p>;
  const links = path === '/forschung' ? {} : { extra: [{ to: '/forschung', label: t('forschung.home') }] };
  const study = /^\/forschung\/studie\/([^/]+)$/.exec(path)?.[1];
  const exportId = /^\/forschung\/export\/([^/]+)$/.exec(path)?.[1];
  if (study && me.roles.includes('researcher')) return <StudyPage key={study} studyId={study} links={links} />;
  if (exportId && me.roles.includes('researcher'))
    return <ExportPage key={exportId} exportId={exportId} links={links} />;
  return (
    <Page title={t('forschung.title')} links={links}>
      {me.roles.includes('researcher') ? <MyStudies /> : null}
      {me.roles.includes('platform-admin') ? <StudyAdmin /> : null}
    </Page>
  );
}

render(<ResearchApp />, document.getElementById('app')!);
