import { BadUserInputError } from '../../../errors';
import { sortSignature } from './sort-keys';
import type { CareerSort } from '../career.inputs';

/**
 * A cursor is the sort key of the last career on a page, with the sort it belongs to, so a
 * cursor from one sort order is refused under another instead of silently skipping careers.
 */
interface CursorPayload {
  s: string;
  k: Array<string | number>;
}

export function encodeCursor(
  sort: CareerSort[] | undefined | null,
  key: Array<string | number>,
): string {
  const payload: CursorPayload = { s: sortSignature(sort), k: key };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

export function decodeCursor(
  cursor: string,
  sort: CareerSort[] | undefined | null,
  keyCount: number,
): Array<string | number> {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadUserInputError('after: not a cursor from this API', 'after');
  }
  const p = payload as Partial<CursorPayload>;
  if (
    typeof p !== 'object' ||
    p === null ||
    typeof p.s !== 'string' ||
    !Array.isArray(p.k) ||
    p.k.length !== keyCount ||
    !p.k.every((v) => typeof v === 'string' || typeof v === 'number')
  ) {
    throw new BadUserInputError('after: not a cursor from this API', 'after');
  }
  if (p.s !== sortSignature(sort)) {
    throw new BadUserInputError('after: this cursor belongs to a different sort order', 'after');
  }
  return p.k;
}
