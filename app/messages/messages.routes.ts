// The user's inbox of system messages: GET /api/me/messages, POST /api/me/messages/:id/read.
import { Router } from 'express';
import { z } from 'zod';
import { ANY_SIGNED_IN, secureRoute } from '../auth';
import { inSchoolOrPlatform, type Databases } from '../lib/db';
import { AppError } from '../lib/errors';
import { listMessages, markMessageRead, type MessageParams } from './messages.repo';
import { messageText } from './messages.service';

const ZMessageId = z.object({ id: z.uuid('must be a message id') });
const ZLang = z.object({ lang: z.enum(['de', 'en']).optional() });

export function messageRoutes(dbs: Databases): Router {
  const router = Router();

  secureRoute(router, 'get', '/me/messages', ANY_SIGNED_IN, async (req, res) => {
    const { lang } = ZLang.parse(req.query);
    const locale = lang ?? (req.acceptsLanguages('de', 'en') === 'en' ? 'en' : 'de');
    const { userId, schoolId } = req.identity!;
    const messages = await inSchoolOrPlatform(dbs, schoolId, (tx) => listMessages(tx, userId));
    res.set('Cache-Control', 'no-store').json({
      messages: messages.map((m) => ({
        id: m.id,
        kind: m.kind,
        text: messageText(m.kind, m.params as MessageParams, locale),
        country: (m.params as MessageParams).country,
        createdAt: m.createdAt,
        isRead: m.readAt !== null,
      })),
    });
  });

  secureRoute(router, 'post', '/me/messages/:id/read', ANY_SIGNED_IN, async (req, res) => {
    const { id } = ZMessageId.parse(req.params);
    const { userId, schoolId } = req.identity!;
    const found = await inSchoolOrPlatform(dbs, schoolId, (tx) => markMessageRead(tx, userId, id));
    if (!found) throw AppError.notFound('No such message');
    res.status(204).end();
  });

  return router;
}
