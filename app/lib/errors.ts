// One error type for everything the app means to answer with. `expose` decides whether the message
// reaches the client; 5xx answers never say anything internal.
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly expose = status < 500,
    readonly details?: unknown,
  ) {
    super(message);
  }

  static badRequest(message: string, details?: unknown) {
    return new AppError(400, 'bad_request', message, true, details);
  }
  static notFound(message = 'Not found') {
    return new AppError(404, 'not_found', message);
  }
  static forbidden(message = 'You are not allowed to do this') {
    return new AppError(403, 'forbidden', message);
  }
  static unavailable(message = 'Service unavailable') {
    return new AppError(503, 'unavailable', message, true);
  }
}
