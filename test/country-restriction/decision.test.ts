import {
  addressKind,
  decideCountry,
  lookupCountry,
  truncateAddress,
  type CountryRules,
} from '../../app/country-restriction';

const rules = (over: Partial<CountryRules> = {}): CountryRules => ({
  userList: null,
  roleLists: new Map(),
  isPrivateAddressAllowed: true,
  isUnknownCountryAllowed: false,
  ...over,
});
const from = (
  country: string | null,
  roles: string[] = ['teacher'],
  kind: 'public' | 'private' | 'loopback' = 'public',
) => ({ country, roles, addressKind: kind });

describe('the country rule', () => {
  it('when no list applies, then every login passes, even from an unknown country', () => {
    expect(decideCountry(rules(), from('US'))).toEqual({ isAllowed: true, reason: 'no-restriction' });
    expect(decideCountry(rules(), from(null)).isAllowed).toBe(true);
  });

  it("when the user's own list names the country, then the login passes; otherwise it is refused", () => {
    expect(decideCountry(rules({ userList: ['DE'] }), from('DE')).isAllowed).toBe(true);
    expect(decideCountry(rules({ userList: ['DE'] }), from('US'))).toEqual({
      isAllowed: false,
      reason: 'not-in-user-list',
    });
  });

  it("when the school's list for a role applies, then it holds for that role only", () => {
    const school = rules({ roleLists: new Map([['teacher', ['DE', 'AT', 'CH']]]) });
    expect(decideCountry(school, from('AT', ['teacher'])).isAllowed).toBe(true);
    expect(decideCountry(school, from('US', ['teacher']))).toEqual({
      isAllowed: false,
      reason: 'not-in-role:teacher-list',
    });
    expect(decideCountry(school, from('US', ['pupil'])).isAllowed).toBe(true);
  });

  it("when a user's list names more countries than the school's, then it cannot widen it", () => {
    const both = rules({ userList: ['DE', 'US'], roleLists: new Map([['teacher', ['DE']]]) });
    expect(decideCountry(both, from('US')).isAllowed).toBe(false);
    expect(decideCountry(both, from('DE')).isAllowed).toBe(true);
  });

  it('when a user narrows the school list, then the narrower list decides', () => {
    const both = rules({ userList: ['DE'], roleLists: new Map([['teacher', ['DE', 'AT']]]) });
    expect(decideCountry(both, from('AT'))).toEqual({ isAllowed: false, reason: 'not-in-user-list' });
  });

  it("when a login comes from a private or loopback address, then the school's setting decides (default: allow)", () => {
    expect(decideCountry(rules({ userList: ['DE'] }), from(null, ['pupil'], 'private')).isAllowed).toBe(true);
    expect(
      decideCountry(rules({ userList: ['DE'], isPrivateAddressAllowed: false }), from(null, ['pupil'], 'loopback'))
        .isAllowed,
    ).toBe(false);
  });

  it('when a public address has no known country, then it is refused unless the school allows it', () => {
    expect(decideCountry(rules({ userList: ['DE'] }), from(null))).toEqual({
      isAllowed: false,
      reason: 'unknown-country',
    });
    expect(decideCountry(rules({ userList: ['DE'], isUnknownCountryAllowed: true }), from(null)).isAllowed).toBe(true);
  });
});

describe('addresses and countries', () => {
  it('when real public addresses are looked up in the bundled GeoIP data, then they are placed in their countries', () => {
    expect(lookupCountry('85.214.132.117')).toBe('DE');
    expect(lookupCountry('193.170.0.1')).toBe('AT');
    expect(lookupCountry('8.8.8.8')).toBe('US');
    expect(lookupCountry('2001:4860:4860::8888')).toBe('US');
    expect(lookupCountry('::ffff:85.214.132.117')).toBe('DE');
  });

  it('when an address is stored, then IPv4 loses its last octet and IPv6 its last 80 bits', () => {
    expect(truncateAddress('85.214.132.117')).toBe('85.214.132.0');
    expect(truncateAddress('::ffff:85.214.132.117')).toBe('85.214.132.0');
    expect(truncateAddress('2a01:238:20a:202:1000::1')).toBe('2a01:238:20a::');
    expect(truncateAddress('::1')).toBe('0:0:0::');
  });

  it('when addresses are classified, then loopback, private and public are told apart', () => {
    expect(addressKind('127.0.0.2')).toBe('loopback');
    expect(addressKind('::1')).toBe('loopback');
    expect(addressKind('10.1.2.3')).toBe('private');
    expect(addressKind('192.168.178.20')).toBe('private');
    expect(addressKind('fd12::1')).toBe('private');
    expect(addressKind('85.214.132.117')).toBe('public');
  });
});
