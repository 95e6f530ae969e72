// The school admins' app (/schule): the school's settings, research, and the audit log.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { useLocation } from '../shared/router';
import '../shared/styles.css';
import { Page } from '../shared/ui';
import { AuditLog } from './audit-log';
import { MyDataPage } from '../shared/my-data-page';
import { PupilDataDownload } from './pupil-data-download';
import { PrivacyContacts } from './privacy-contacts';
import { ResearchSettings } from './research-settings';
import { LoginRules, TwoFactorSetting } from './school-settings';
import { SchoolName } from './school-name';
import { StaffAccounts } from './staff-accounts';
import { BinList } from '../shared/bin-list';
import { FrozenAccounts } from './frozen-accounts';
import { TermsSetting } from './terms-setting';
import { PupilsWithoutClass } from './pupils-without-class';
import { InactiveAccounts } from './inactive-accounts';

function SchoolAdminApp() {
  const { t } = useTranslation();
  const { path } = useLocation();
  const [me, setMe] = useState<Answer<'GET /me'> | null>(null);
  const [binVersion, setBinVersion] = useState(0);
  const [staffVersion, setStaffVersion] = useState(0);
  const [frozenVersion, setFrozenVersion] = useState(0);
  const frozenChanged = () => setFrozenVersion((v) => v + 1);
  useEffect(() => {
    void request('GET /me').then((who) => {
      if (!who.roles.includes('school-admin')) location.assign('/');
      else setMe(who);
    });
  }, []);
  if (!me) return <p class="muted">{t('common.loading')}</p>;
  const links = {
    messages: '/unterricht/nachrichten',
    settings: '/unterricht/einstellungen',
    extra: [
      { to: '/unterricht', label: t('school.classes') },
      {
        to: path === '/schule/protokoll' ? '/schule' : '/schule/protokoll',
        label: path === '/schule/protokoll' ? t('school.title') : t('school.auditLink'),
      },
      { to: '/schule/meine-daten', label: t('myData.link') },
    ],
  };
  if (path === '/schule/meine-daten')
    return (
      <Page title={t('myData.title')} school={me.school?.name} links={links}>
        <MyDataPage />
      </Page>
    );
  if (path === '/schule/protokoll')
    return (
      <Page title={t('audit.title')} school={me.school?.name} links={links}>
        <AuditLog />
      </Page>
    );
  return (
    <Page title={t('school.title')} school={me.school?.name} unread={me.unreadMessages} links={links}>
      <StaffAccounts version={staffVersion} onChange={() => setBinVersion((v) => v + 1)} onFrozen={frozenChanged} />
      <BinList version={binVersion} onChange={() => setStaffVersion((v) => v + 1)} />
      <InactiveAccounts version={binVersion} />
      <SchoolName onRenamed={(name) => setMe({ ...me, school: me.school && { ...me.school, name } })} />
      <TwoFactorSetting />
      <TermsSetting />
      <LoginRules />
      <ResearchSettings />
      <PupilDataDownload onFrozen={frozenChanged} />
      <PupilsWithoutClass version={frozenVersion} onFrozen={frozenChanged} />
      <FrozenAccounts
        version={frozenVersion}
        onChange={() => {
          setStaffVersion((v) => v + 1);
          setBinVersion((v) => v + 1);
        }}
      />
      {me.school ? <PrivacyContacts schoolSlug={me.school.slug} /> : null}
    </Page>
  );
}

render(<SchoolAdminApp />, document.getElementById('app')!);
