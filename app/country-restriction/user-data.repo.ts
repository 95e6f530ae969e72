import type { UserData } from '../privacy';

export const COUNTRY_RESTRICTION_USER_DATA: UserData<{
  loginAttempts: {
    occurredAt: Date;
    country: string | null;
    isAllowed: boolean;
    reason: string;
    ipTruncated: string;
    clientId: string | null;
  }[];
  loginCountries: { own: string[] | null; seen: { country: string; firstSeenAt: Date }[] };
}> = {
  columns: ['login_attempts.user_id', 'user_login_countries.user_id', 'user_login_countries_seen.user_id'],
  read: async ({ tx, platform }, { userId }) => ({
    loginAttempts: await tx.loginAttempt.findMany({
      where: { userId },
      orderBy: { occurredAt: 'asc' },
      select: { occurredAt: true, country: true, isAllowed: true, reason: true, ipTruncated: true, clientId: true },
    }),
    loginCountries: {
      own:
        (await tx.userLoginCountries.findUnique({ where: { userId }, select: { countries: true } }))?.countries ?? null,
      // Seen countries hold no school: the platform role, filtered by the user.
      seen: await platform.userLoginCountrySeen.findMany({
        where: { userId },
        orderBy: { firstSeenAt: 'asc' },
        select: { country: true, firstSeenAt: true },
      }),
    },
  }),
};
