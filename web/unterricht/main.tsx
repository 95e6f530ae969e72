// The teachers' app (/unterricht): their classes, and per class its pupils, login cards,
// assignments and the live overview.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from '../shared/api';
import { useTranslation } from '../shared/i18n';
import { useLocation } from '../shared/router';
import '../shared/styles.css';
import { Page } from '../shared/ui';
import { ClassPage } from './class-page';
import { ClassesPage } from './classes-page';

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
  const classMatch = /^\/unterricht\/klasse\/([0-9a-f-]{36})$/.exec(path);
  if (classMatch) return <ClassPage classId={classMatch[1]!} school={me.school?.name} />;
  return (
    <Page title={t('teacher.classes')} school={me.school?.name} unread={me.unreadMessages}>
      <ClassesPage canCreate={me.roles.includes('teacher')} />
    </Page>
  );
}

render(<TeacherApp />, document.getElementById('app')!);
