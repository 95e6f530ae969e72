import { createHmac } from 'node:crypto';
import { signedSessionId } from '../../app/sessions/api-session';

// The /api session reader accepts exactly the cookies express-session signs at login.
describe('session cookie on the API', () => {
  const secret = 'a-session-secret-that-is-long-enough-0123';
  const signed = (sid: string, key = secret) =>
    encodeURIComponent(`s:${sid}.${createHmac('sha256', key).update(sid).digest('base64').replace(/=+$/, '')}`);

  it('when the cookie carries a correctly signed session id, then that id is read', () => {
    expect(signedSessionId(`other=1; schulid.sid=${signed('abc-123')}; x=y`, 'schulid.sid', secret)).toBe('abc-123');
  });

  it('when the signature is wrong, made with another secret, missing or garbled, then no session is read', () => {
    const good = decodeURIComponent(signed('abc-123'));
    for (const value of [
      signed('abc-123', 'another-secret-another-secret-another-1'),
      encodeURIComponent(good.slice(0, -2) + 'xx'),
      'abc-123',
      encodeURIComponent('s:abc-123'),
      '%E0%A4%A',
      '',
    ]) {
      expect(signedSessionId(`schulid.sid=${value}`, 'schulid.sid', secret)).toBeNull();
    }
    expect(signedSessionId(undefined, 'schulid.sid', secret)).toBeNull();
    expect(signedSessionId(`other.sid=${signed('abc-123')}`, 'schulid.sid', secret)).toBeNull();
  });
});
