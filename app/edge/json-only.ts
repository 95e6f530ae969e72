// The API reads JSON only: a body of any other type is refused with 415 before it is parsed
// (ASVS 13.1.5). This also keeps the API out of reach of plain HTML forms, which can send only
// form-encoded or text/plain bodies without a CORS preflight.
import type { Request, RequestHandler } from 'express';
import { AppError } from '../lib/errors';

// A body is on its way when it is chunked or has a non-zero length; fetch sends
// "Content-Length: 0" on a POST without a body, which needs no type.
function hasBody(req: Request): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length = req.headers['content-length'];
  return length !== undefined && length !== '0';
}

export const requireJsonBody: RequestHandler = (req, _res, next) => {
  if (!hasBody(req) || req.is('application/json')) return next();
  next(new AppError(415, 'unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json)'));
};
