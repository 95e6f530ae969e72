// The teachers' app (/unterricht): their classes, and per class its pupils, login cards,
// assignments and the live overview.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { useLocation } from '../shared/router';
import '../shared/styles.css';
import { MessagesList } from '../shared/messages-page';
import { MyDataPage } from '../shared/my-data-page';
import { CountrySettings } from '../shared/settings-page';
import { Page } from '../shared/ui';
import { PupilHistory } from './pupil-history';
import { ClassPage } from './class-page';
import { ClassesPage } from './classes-page';
import { DeleteOwnAccount } from './delete-own-account';

function TeacherApp() {
  const { t } = useTranslation();
  const { path } = useLocation();
  const [me, setMe] = useState<Answer<'GET /me'> | null>(null);
  useEffect(() => {
    void request('GET /me').then((who) => {
      if (!who.roles.some((role) => role === 'teacher' || role === 'school-admin')) location.assign('/');
      else setMe(who);
    });
  }, []);
  if (!me) return <p class="muted">{t('common.loading')}</p>;
  const school = me.school?.name;
  const links = {
    messages: '/unterricht/nachrichten',
    settings: '/unterricht/einstellungen',
    extra: [
      ...(me.roles.includes('school-admin') ? [{ to: '/schule', label: t('school.title') }] : []),
      { to: '/unterricht/meine-daten', label: t('myData.link') },
    ],
  };
  const pupilMatch = /^\/unterricht\/klasse\/([0-9a-f-]{36})\/kind\/([0-9a-f-]{36})$/.exec(path);
  if (pupilMatch)
    return <PupilHistory classId={pupilMatch[1]!} pupilId={pupilMatch[2]!} school={school} links={links} />;
  const classMatch = /^\/unterricht\/klasse\/([0-9a-f-]{36})$/.exec(path);
  if (classMatch) return <ClassPage classId={classMatch[1]!} school={school} links={links} />;
  if (path === '/unterricht/nachrichten')
    return (
      <Page title={t('messages.title')} school={school} links={links}>
        <MessagesList />
      </Page>
    );
  if (path === '/unterricht/meine-daten')
    return (
      <Page title={t('myData.title')} school={school} links={links}>
        <MyDataPage />
      </Page>
    );
  if (path === '/unterricht/einstellungen')
    return (
      <Page title={t('settings.title')} school={school} links={links}>
        <CountrySettings />
        {me.roles.includes('school-admin') ? null : <DeleteOwnAccount />}
      </Page>
    );
  return (
    <Page title={t('teacher.classes')} school={school} unread={me.unreadMessages} links={links}>
      <ClassesPage canCreate={me.roles.includes('teacher')} />
    </Page>
  );
}

render(<TeacherApp />, document.getElementById('app')!);
