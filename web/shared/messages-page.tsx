// System messages (e.g. a blocked login abroad), for every audience.
import { useEffect, useState } from 'preact/hooks';
import { request, type Answer } from './api';
import { useTranslation } from './i18n';
import { ErrorNote } from './ui';

export function MessagesList() {
  const { t, language } = useTranslation();
  const [messages, setMessages] = useState<Answer<'GET /me/messages'>['messages'] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = () =>
    void request('GET /me/messages', { query: { lang: language } })
      .then((inbox) => setMessages(inbox.messages))
      .catch(setError);
  useEffect(load, [language]);
  const markRead = async (id: string) => {
    await request('POST /me/messages/:id/read', { params: { id } }).catch(setError);
    load();
  };
  if (!messages) return error ? <ErrorNote error={error} /> : <p class="muted">{t('common.loading')}</p>;
  if (messages.length === 0) return <p class="muted">{t('messages.none')}</p>;
  return (
    <ul class="plain">
      {messages.map((message) => (
        <li key={message.id} class="card">
          <p>{message.text}</p>
          {message.isRead ? null : (
            <button type="button" class="button quiet" onClick={() => void markRead(message.id)}>
              {t('messages.markRead')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
