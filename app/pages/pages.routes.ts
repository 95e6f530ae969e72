// The web app, served from the same origin as the API: one page per audience (/lernen for pupils,
// /unterricht for teachers, /schule for school admins, /forschung for researchers and platform
// admins, /datenschutz for everyone), each an
// index.html (no-store: a deploy takes effect at once) loading hashed assets (cached for a year:
// their names change with their content).
// `/` sends a signed-in user to their app and everyone else to the login.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { Router, type Request } from 'express';
import { homePageOf, WEB_APP_PATHS } from '../access';

export function pageRoutes(webRootSetting: string): Router {
  const router = Router();
  const webRoot = resolve(webRootSetting);
  if (!existsSync(join(webRoot, 'lernen', 'index.html')))
    throw new Error(`the web app is not built (no ${webRoot}/lernen/index.html): run npm run build:web`);
  router.use(
    '/assets',
    express.static(join(webRoot, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  // The privacy notice: for everyone, signed in or not (linked from Keycloak's login pages too).
  const privacyPage = join(webRoot, 'datenschutz', 'index.html');
  router.get('/datenschutz', (_req, res) => void res.set('Cache-Control', 'no-store').sendFile(privacyPage));
  for (const path of WEB_APP_PATHS) {
    const page = join(webRoot, path.slice(1), 'index.html');
    router.get([path, `${path}/*rest`], (req: Request, res) => {
      if (!req.session?.identity) {
        res.redirect(303, `/auth/login?returnTo=${encodeURIComponent(req.originalUrl)}`);
        return;
      }
      res.set('Cache-Control', 'no-store').sendFile(page);
    });
  }
  router.get('/', (req, res) => {
    const identity = req.session?.identity;
    const home = identity ? homePageOf(identity.roles) : null;
    res.set('Cache-Control', 'no-store');
    if (!identity) res.redirect(303, '/auth/login');
    else if (home) res.redirect(303, home);
    else res.json({ name: 'SchulID', isLoggedIn: true, links: { me: '/api/me', logout: 'POST /auth/logout' } });
  });
  return router;
}
