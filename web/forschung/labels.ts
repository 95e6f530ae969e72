// Words for the API's codes (status, time variable, format), and dates as people read them.
import type { Answer } from '../shared/api';
import type { MessageKey } from '../shared/i18n';

export type Study = Answer<'GET /research/studies'>['studies'][number];
export type Export = Answer<'GET /research/exports/:id'>;

export const FORMATS = ['csv', 'jsonl', 'datashop'] as const;

export const statusKey = (status: Export['status']) => `forschung.status.${status}` as MessageKey;
export const coarseningKey = (coarsening: Study['timeCoarsening']) =>
  `forschung.coarsening.${coarsening}` as MessageKey;
export const formatKey = (format: string) => `forschung.format.${format}` as MessageKey;

// The quasi-identifiers' names as the report gives them, in the page's language.
const QUASI_IDENTIFIERS = ['school', 'class', 'grade', 'time'];
export const qiName = (t: (key: MessageKey) => string, name: string) =>
  QUASI_IDENTIFIERS.includes(name) ? t(`forschung.qi.${name}` as MessageKey) : name;

export const dateOf = (timestamp: string) =>
  new Date(timestamp).toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'de-DE', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
export const dayOf = (timestamp: string) =>
  new Date(timestamp).toLocaleDateString(document.documentElement.lang === 'en' ? 'en-GB' : 'de-DE');
export const percentOf = (share: number) =>
  share.toLocaleString(document.documentElement.lang === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 });
