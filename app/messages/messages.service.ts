// System messages as the user reads them, in German or English, times in German local time.
import { countryName } from '../country-restriction/countries';
import type { MessageKind, MessageParams } from './messages.repo';

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
      de: `Erste Anmeldung aus ${country} am ${date} um ${time} Uhr. Waren Sie das nicht, ändern Sie bitte Ihr Passwort.`,
      en: `First login from ${country} on ${date}, ${time}. If this was not you, please change your password.`,
    },
  };
  return texts[kind as MessageKind]?.[locale] ?? kind;
}
