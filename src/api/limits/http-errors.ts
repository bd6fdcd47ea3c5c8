import type { ServerResponse } from 'node:http';
import type { Express, NextFunction, Request, Response } from 'express';
import { ERROR_CODES } from '../../errors';
import type { Logger } from '../../logger';

/**
 * Every error the HTTP layer answers has this one shape, the GraphQL one, on every route:
 * `{ "errors": [{ "message", "extensions": { "code" } }] }`. Nothing of the server's internals
 * (stack, paths, library names) is in it.
 */
export function sendJsonError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  // Node's own API, not Express's: the HTTP server's door (server.ts) refuses with it before
  // Express sees the request, and an error needs no ETag. No cache may keep an error.
  res.statusCode = status;
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }));
}

/** Answers 405 with the allowed methods for a known path asked with another method. */
export function methodNotAllowed(allowed: readonly string[]) {
  return (_req: Request, res: Response): void => {
    res.setHeader('Allow', allowed.join(', '));
    sendJsonError(
      res,
      405,
      ERROR_CODES.METHOD_NOT_ALLOWED,
      `This path answers ${allowed.join(' and ')} only.`,
    );
  };
}

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

/**
 * The last two handlers of the app: unknown routes are 404, and any error a middleware passed on
 * (body-parser's malformed JSON and 413, a failed file send) becomes a JSON error. Errors the
 * client caused (4xx) are described by kind; anything else is logged and answered as a bare 500.
 */
export function mountJsonErrorHandlers(app: Express, log: Logger): void {
  app.use((_req: Request, res: Response) => {
    sendJsonError(
      res,
      404,
      ERROR_CODES.NOT_FOUND,
      'No such route: GraphQL is at /graphql, the IDE at /.',
    );
  });
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const e = (err ?? {}) as HttpError;
    const status = e.status ?? e.statusCode ?? 500;
    if (status === 413) {
      sendJsonError(
        res,
        413,
        ERROR_CODES.PAYLOAD_TOO_LARGE,
        'The request body is larger than 100 kB.',
      );
    } else if (e.type === 'entity.parse.failed') {
      sendJsonError(res, 400, ERROR_CODES.BAD_REQUEST, 'The request body is not valid JSON.');
    } else if (status >= 400 && status < 500) {
      sendJsonError(res, status, ERROR_CODES.BAD_REQUEST, 'The request could not be read.');
    } else {
      log.error({ err }, 'unexpected error in an HTTP handler');
      sendJsonError(res, 500, ERROR_CODES.INTERNAL_SERVER_ERROR, 'Internal server error');
    }
  });
}
