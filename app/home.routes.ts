// GET /: where to go next, until the pages come. Says whether the caller is logged in, no more.
import { Router } from 'express';

export function homeRoutes(): Router {
  const router = Router();
  router.get('/', (req, res) => {
    res.set('Cache-Control', 'no-store').json({
      name: 'SchulID',
      isLoggedIn: Boolean(req.session?.identity),
      links: { login: '/auth/login', logout: 'POST /auth/logout', me: '/api/me', readiness: '/readyz' },
    });
  });
  return router;
}
