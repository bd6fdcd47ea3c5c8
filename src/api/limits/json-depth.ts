import type { ErrorRequestHandler, NextFunction, Request, Response } from 'express';
import { ERROR_CODES } from '../../errors';
import { sendJsonError } from './http-errors';

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * How deeply the objects and arrays of a JSON text nest, read off its bytes in one pass, without
 * parsing and without recursion: `{"a":[1]}` is 2. Brackets inside strings do not count. Used on
 * the raw body before anything parses, caches, logs or coerces it, so a 5,000-deep filter can
 * never reach the recursive walks behind (JSON.stringify, graphql-js's coercion). Malformed text
 * gives some number; the JSON parser reports the malformation.
 */
export function jsonDepth(text: Uint8Array | string): number {
  const at =
    typeof text === 'string' ? (i: number) => text.charCodeAt(i) : (i: number) => text[i] ?? 0;
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = at(i);
    if (inString) {
      if (c === BACKSLASH) i += 1;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return deepest;
}

/** Thrown from the JSON body parser's `verify` hook; the error handler answers it. */
export class JsonTooDeepError extends Error {
  readonly status = 400;
  readonly type = 'entity.too.deep';
  constructor(
    readonly depth: number,
    readonly limit: number,
  ) {
    super(`The request body nests ${depth} levels deep; the limit (MAX_JSON_DEPTH) is ${limit}.`);
  }
}

/** body-parser's `verify` option: refuses a body nested deeper than `limit` before it is parsed. */
export function refuseDeepBody(limit: number) {
  return (_req: unknown, _res: unknown, body: Buffer): void => {
    const depth = jsonDepth(body);
    if (depth > limit) throw new JsonTooDeepError(depth, limit);
  };
}

function sendTooDeep(res: Response, error: JsonTooDeepError): void {
  sendJsonError(res, 400, ERROR_CODES.BAD_REQUEST, error.message, {
    limit: error.limit,
    value: error.depth,
  });
}

/** Answers a body refused by `refuseDeepBody`; other errors go on to the next handler. */
export const answerDeepBody: ErrorRequestHandler = (err, _req, res, next) => {
  if (err instanceof JsonTooDeepError) sendTooDeep(res, err);
  else next(err);
};

/**
 * The same limit for GET: Apollo parses the `variables` and `extensions` query parameters as
 * JSON itself, so their text is measured here first.
 */
export function refuseDeepQueryParameters(limit: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'GET') {
      const query = req.query as Record<string, unknown>;
      for (const name of ['variables', 'extensions']) {
        const raw = query[name];
        const texts = Array.isArray(raw) ? raw : [raw];
        for (const text of texts) {
          if (typeof text !== 'string') continue;
          const depth = jsonDepth(text);
          // The parameter's value sits one level below a body's top, as it would in a POST.
          if (depth + 1 > limit) return sendTooDeep(res, new JsonTooDeepError(depth + 1, limit));
        }
      }
    }
    next();
  };
}
