// The pupils' app (/lernen): start page and task page.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { useLocation } from '../shared/router';
import '../shared/styles.css';
import { MessagesList } from '../shared/messages-page';
import { MyDataPage } from '../shared/my-data-page';
import { Page } from '../shared/ui';
import { StartPage } from './start-page';
import { TaskPage } from './task-page';

function PupilApp() {
  const { t } = useTranslation();
  const { path, query } = useLocation();
  const [me, setMe] = useState<Answer<'GET /me'> | null>(null);
  useEffect(() => {
    void request('GET /me').then((who) => {
      if (!who.roles.includes('pupil')) location.assign('/');
      else setMe(who);
    });
  }, [path]);
  if (!me) return <p class="muted">{t('common.loading')}</p>;
  const school = me.school?.name;
  const links = { messages: '/lernen/nachrichten', extra: [{ to: '/lernen/meine-daten', label: t('myData.link') }] };
  if (path === '/lernen/nachrichten')
    return (
      <Page title={t('messages.title')} school={school} links={links}>
        <MessagesList />
      </Page>
    );
  if (path === '/lernen/meine-daten')
    return (
      <Page title={t('myData.title')} school={school} links={links}>
        <MyDataPage />
      </Page>
    );
  if (path === '/lernen/aufgabe')
    return (
      <Page title={t('task.title')} school={school}>
        <TaskPage
          userId={me.id}
          topic={query.get('topic')}
          templateId={query.get('vorlage')}
          assignmentId={query.get('auftrag')}
        />
      </Page>
    );
  return (
    <Page title={t('pupil.hello')} school={school} unread={me.unreadMessages} links={links}>
      <StartPage unread={me.unreadMessages} />
    </Page>
  );
}

render(<PupilApp />, document.getElementById('app')!);
