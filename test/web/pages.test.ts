// How the web app is served: a page per audience behind the login, HTML never cached, hashed
// assets cached for a year, a CSP without inline scripts, and `/` sending each user to their app.
import { Browser } from '../support/browser';
import { createUser } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { serverWithSchool, signIn } from '../support/suites';

describe('the web app as the server hands it out', () => {
  const env = serverWithSchool();

  it('when somebody who is not signed in opens a page, then they are sent to the login and would come back there', async () => {
    const page = await new Browser().request('GET', `${env.server.baseUrl}/unterricht/klasse/x?y=1`, { follow: false });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe(`/auth/login?returnTo=${encodeURIComponent('/unterricht/klasse/x?y=1')}`);
    const home = await new Browser().request('GET', `${env.server.baseUrl}/`, { follow: false });
    expect(home.headers.get('location')).toBe('/auth/login');
  });

  it('when a signed-in teacher loads their page, then the HTML is never cached, its assets are, and the CSP allows no inline script', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const page = await teacher.browser.get(`${env.server.baseUrl}/unterricht/klasse/123`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const csp = page.headers.get('content-security-policy')!;
    const scriptSrc = /script-src ([^;]+)/.exec(csp)![1]!;
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(page.body).not.toMatch(/<script>(?!<\/script>)|<script(?![^>]*\bsrc=)[^>]*>/);
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(page.body)![1]!;
    const script = await teacher.browser.get(`${env.server.baseUrl}${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable|immutable.*max-age=31536000/);
    expect((await teacher.browser.get(`${env.server.baseUrl}/assets/nothing-here.js`)).status).toBe(404);
  });

  it('when users of each role open /, then each lands in their own app', async () => {
    const landing = async (roles: string[]) => {
      const hasNoSchool = roles.includes('researcher') || roles.includes('platform-admin');
      const user = await createUser({ roles, school: hasNoSchool ? undefined : env.school });
      const browser = new Browser();
      expect((await loginThroughApp(browser, env.server.baseUrl, user)).isLoggedIn).toBe(true);
      const home = await browser.request('GET', `${env.server.baseUrl}/`, { follow: false });
      return home.headers.get('location') ?? home.status;
    };
    expect(await landing(['pupil'])).toBe('/lernen');
    expect(await landing(['teacher'])).toBe('/unterricht');
    expect(await landing(['school-admin'])).toBe('/schule');
    expect(await landing(['researcher'])).toBe('/forschung');
    expect(await landing(['platform-admin'])).toBe('/forschung');
  });
});
