// Requests Node's HTTP parser refuses before Express sees them (headers too large, broken framing,
// invalid characters) get the same JSON error body as every other 4xx, not Node's bare default.
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorCodeOf } from './client-errors';

const STATUS_BY_PARSER_CODE: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

export function answerMalformedHttp(err: NodeJS.ErrnoException, socket: Duplex): void {
  // As Node's own handler: answer only while nothing of a response has gone out on the socket.
  const response = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (err.code === 'ECONNRESET' || !socket.writable || response?.headersSent) {
    socket.destroy();
    return;
  }
  const status = STATUS_BY_PARSER_CODE[err.code ?? ''] ?? 400;
  const reason = STATUS_CODES[status]!;
  const body = JSON.stringify({
    error: { code: errorCodeOf(reason), message: `${reason}: the request could not be read as HTTP` },
  });
  socket.end(
    [
      `HTTP/1.1 ${status} ${reason}`,
      'Content-Type: application/json; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Cache-Control: no-store',
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
}
