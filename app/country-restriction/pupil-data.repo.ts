import type { PupilData } from '../privacy';

export const COUNTRY_RESTRICTION_PUPIL_DATA: PupilData[] = [
  {
    table: 'login_attempts',
    column: 'user_id',
    erase: (tx, pupilIds) => tx.loginAttempt.deleteMany({ where: { userId: { in: pupilIds } } }),
  },
  {
    table: 'user_login_countries',
    column: 'user_id',
    erase: (tx, pupilIds) => tx.userLoginCountries.deleteMany({ where: { userId: { in: pupilIds } } }),
  },
  {
    table: 'user_login_countries_seen',
    column: 'user_id',
    erase: (tx, pupilIds) => tx.userLoginCountrySeen.deleteMany({ where: { userId: { in: pupilIds } } }),
  },
];
