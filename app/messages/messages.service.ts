// System messages as the user reads them, in German or English, times in German local time.
import { countryName } from '../country-restriction';
import { inSchoolOrPlatform, type Databases } from '../lib/db';
import { AppError } from '../lib/errors';
import { countUnread, listMessages, markMessageRead, type MessageKind, type MessageParams } from './messages.repo';

const TIME_ZONE = 'Europe/Berlin';

function when(at: string, locale: string) {
  const date = new Date(at);
  const tag = locale === 'de' ? 'de-DE' : 'en-GB';
  return {
    date: date.toLocaleDateString(tag, { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }),
    time: date.toLocaleTimeString(tag, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }),
  };
}

export function messageText(kind: string, params: MessageParams, locale: 'de' | 'en'): string {
  const country = countryName(params.country, locale);
  const { date, time } = when(params.at, locale);
  const texts: Record<MessageKind, Record<'de' | 'en', string>> = {
    login_blocked: {
      de: `Ein Anmeldeversuch aus ${country} am ${date} um ${time} Uhr wurde blockiert.`,
      en: `A login attempt from ${country} on ${date}, ${time} was blocked.`,
    },
    new_country: {
      de:
        `Erste Anmeldung aus ${country} am ${date} um ${time} Uhr. ` +
        'Waren Sie das nicht, ändern Sie bitte Ihr Passwort.',
      en: `First login from ${country} on ${date}, ${time}. If this was not you, please change your password.`,
    },
  };
  return texts[kind as MessageKind]?.[locale] ?? kind;
}

// The caller's inbox, newest first, each message in the reader's language.
export async function inbox(dbs: Databases, caller: { userId: string; schoolId: string | null }, locale: 'de' | 'en') {
  const messages = await inSchoolOrPlatform(dbs, caller.schoolId, (tx) => listMessages(tx, caller.userId));
  return messages.map((m) => ({
    id: m.id,
    kind: m.kind,
    text: messageText(m.kind, m.params as MessageParams, locale),
    country: (m.params as MessageParams).country,
    createdAt: m.createdAt,
    isRead: m.readAt !== null,
  }));
}

export async function markRead(dbs: Databases, caller: { userId: string; schoolId: string | null }, id: string) {
  const found = await inSchoolOrPlatform(dbs, caller.schoolId, (tx) => markMessageRead(tx, caller.userId, id));
  if (!found) throw AppError.notFound('No such message');
}

export function unreadCount(dbs: Databases, caller: { userId: string; schoolId: string | null }) {
  return inSchoolOrPlatform(dbs, caller.schoolId, (tx) => countUnread(tx, caller.userId));
}
