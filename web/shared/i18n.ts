// German first, English too. The choice is remembered on the device (a shared school tablet keeps
// the last pupil's choice: harmless, and no personal data).
import { useEffect, useState } from 'preact/hooks';
import { de, type MessageKey } from './messages-de';
import { en } from './messages-en';

export type Language = 'de' | 'en';
const STORAGE_KEY = 'schulid.language';
const listeners = new Set<(language: Language) => void>();

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'de' ? stored : 'de';
}

let current: Language = initialLanguage();
document.documentElement.lang = current;

export function setLanguage(language: Language): void {
  current = language;
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  for (const listener of listeners) listener(language);
}

export function translate(key: MessageKey, values: Record<string, string | number> = {}): string {
  const text = (current === 'en' ? en : de)[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

// Re-renders the caller when the language changes; returns the translate function.
export function useTranslation(): { t: typeof translate; language: Language } {
  const [language, setState] = useState(current);
  useEffect(() => {
    listeners.add(setState);
    return () => void listeners.delete(setState);
  }, []);
  return { t: translate, language };
}

export type { MessageKey };
