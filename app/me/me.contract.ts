// The caller's own things: who they are, their system messages, their login countries and (pupils)
// their open assignments.
import { z } from 'zod';
import { ANY_SIGNED_IN, ROLES } from '../access/roles';
import { endpoint, ZTimestamp } from '../api/endpoint';
import {
  ZMyCountries,
  ZMyCountriesChanged,
  ZMyCountriesView,
} from '../country-restriction/country-restriction.schemas';
import { ZTopicId } from '../learning/learning.contract';
import { ZMessage, ZMessageId, ZMessageQuery } from '../messages/messages.schemas';

export const ZMe = z.object({
  // The Keycloak user id: pseudonymous, no name, no e-mail address.
  id: z.string(),
  roles: z.array(z.enum(ROLES)),
  school: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }).nullable(),
  unreadMessages: z.number().int(),
});

export const ZMyAssignment = z.object({
  id: z.uuid(),
  topic: ZTopicId,
  templateId: z.string().nullable(),
  dueAt: ZTimestamp.nullable(),
  className: z.string(),
  attempts: z.number().int(),
  correct: z.number().int(),
});

// The pupil's own work on one topic: finished tasks and right answers.
export const ZMyTopicProgress = z.object({
  topic: ZTopicId,
  attempts: z.number().int(),
  correct: z.number().int(),
});

export const whoAmI = endpoint({
  method: 'get',
  path: '/me',
  roles: ANY_SIGNED_IN,
  summary: 'Who am I: pseudonymous id, roles, school, unread messages',
  responses: { 200: { description: 'The caller', schema: ZMe } },
});

export const myMessages = endpoint({
  method: 'get',
  path: '/me/messages',
  roles: ANY_SIGNED_IN,
  summary: 'My system messages (de/en; default from Accept-Language)',
  query: ZMessageQuery,
  responses: { 200: { description: 'Newest first', schema: z.object({ messages: z.array(ZMessage) }) } },
});

export const markMessageRead = endpoint({
  method: 'post',
  path: '/me/messages/:id/read',
  roles: ANY_SIGNED_IN,
  summary: 'Mark a message read',
  params: ZMessageId,
  responses: { 204: { description: 'Marked' } },
  errors: { 404: 'No such message' },
});

export const myLoginCountries = endpoint({
  method: 'get',
  path: '/me/login-countries',
  roles: ANY_SIGNED_IN,
  summary: 'My own login countries and the school lists that apply to me',
  responses: { 200: { description: 'My list and my school’s lists', schema: ZMyCountriesView } },
});

export const setMyLoginCountries = endpoint({
  method: 'put',
  path: '/me/login-countries',
  roles: ANY_SIGNED_IN,
  summary: 'Set my own login countries (null: none); a narrowing ends my other sessions',
  body: ZMyCountries,
  responses: { 200: { description: 'Saved', schema: ZMyCountriesChanged } },
  errors: { 409: 'Would lock out the current country' },
});

export const myAssignments = endpoint({
  method: 'get',
  path: '/me/assignments',
  roles: ['pupil'],
  summary: 'My open assignments with my progress',
  responses: { 200: { description: 'Open assignments', schema: z.object({ assignments: z.array(ZMyAssignment) }) } },
});

export const myProgress = endpoint({
  method: 'get',
  path: '/me/progress',
  roles: ['pupil'],
  summary: 'My progress per topic: finished tasks and right answers (every topic, untouched ones with 0)',
  responses: { 200: { description: 'Per topic', schema: z.object({ topics: z.array(ZMyTopicProgress) }) } },
});

export const ME_ENDPOINTS = [
  whoAmI,
  myMessages,
  markMessageRead,
  myLoginCountries,
  setMyLoginCountries,
  myAssignments,
  myProgress,
];
