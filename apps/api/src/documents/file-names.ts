import { extname } from 'node:path';

const MAX_LENGTH = 255;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/**
 * The name an uploader gave, fit to show and to offer on download: no folder, no control
 * character, at most 255 characters (the extension kept), never empty.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = base.normalize('NFC').replace(CONTROL_CHARACTERS, '').trim();
  if (!cleaned) return 'document';
  const characters = Array.from(cleaned);
  if (characters.length <= MAX_LENGTH) return cleaned;
  const extension = Array.from(extname(cleaned)).slice(0, 20);
  return [...characters.slice(0, MAX_LENGTH - extension.length), ...extension].join('');
}

/**
 * `Content-Disposition` for a download: an ASCII `filename` for old clients and the real name
 * in `filename*` (RFC 6266, RFC 5987 encoding), so no name can break out of the header.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
