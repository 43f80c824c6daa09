/**
 * The optional API key of `plangraf serve`: a request shows it as `Authorization: Bearer <key>`
 * or `X-API-Key: <key>`. Compared through SHA-256 digests with `timingSafeEqual`, so the time a
 * comparison takes tells nothing about how much of a guess was right.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export function apiKeyChecker(key: string): (headers: Record<string, string | string[] | undefined>) => boolean {
  const expected = digest(key);
  return (headers) => {
    const shown = presentedKey(headers);
    return shown !== undefined && timingSafeEqual(digest(shown), expected);
  };
}

function presentedKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const auth = headers.authorization;
  if (typeof auth === 'string') {
    const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(auth);
    if (m) return m[1];
  }
  const header = headers['x-api-key'];
  return typeof header === 'string' ? header.trim() : undefined;
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}
