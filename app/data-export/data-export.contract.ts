// GDPR Art. 15 (access) and Art. 20 (portability): everything the platform holds about a user, as
// JSON — for the user themself, and for a pupil through their school's admin (parents ask the school).
import { ANY_SIGNED_IN } from '../access/roles';
import { endpoint } from '../api/endpoint';
import { ZMyData, ZPupilDataParams } from './data-export.schemas';

export const myData = endpoint({
  method: 'get',
  path: '/me/data',
  roles: ANY_SIGNED_IN,
  summary: 'All data the platform holds about me (GDPR Art. 15/20), as a JSON download',
  responses: { 200: { description: 'My data', schema: ZMyData } },
});

export const pupilData = endpoint({
  method: 'get',
  path: '/school/pupils/:id/data',
  roles: ['school-admin'],
  summary: 'All data the platform holds about a pupil of my school (GDPR Art. 15/20; audited)',
  params: ZPupilDataParams,
  responses: { 200: { description: 'The pupil’s data', schema: ZMyData } },
  errors: { 404: 'No such pupil in this school' },
});

export const DATA_EXPORT_ENDPOINTS = [myData, pupilData];
