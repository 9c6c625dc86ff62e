import { extname } from 'node:path';

type FileTypeModule = typeof import('file-type', { with: { 'resolution-mode': 'import' } });

/** The types a case document may have, read from its bytes. */
const SNIFFED_TYPES = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
]);

/**
 * Word, Excel and PowerPoint files before 2007 share a container with Windows installers
 * (.msi): only these names make it a document.
 */
const CFB_TYPE = 'application/x-cfb';
const CFB_EXTENSIONS = new Set(['.doc', '.xls', '.ppt']);

/** Text has no signature: its name says which kind it is, its bytes must be text. */
const TEXT_TYPES: Record<string, string> = { '.csv': 'text/csv', '.txt': 'text/plain' };

let fileTypeModule: FileTypeModule | undefined;

/**
 * file-type is an ES module and the API a CommonJS program. Node's own `require` loads ES
 * modules (Node ≥ 20.19); taken from `process.getBuiltinModule`, it is Node's even under Jest,
 * whose module system loads no ES module (and fails a dynamic `import()`) without
 * --experimental-vm-modules.
 */
function fileType(): FileTypeModule {
  fileTypeModule ??= process.getBuiltinModule('node:module').createRequire(__filename)(
    'file-type',
  ) as FileTypeModule;
  return fileTypeModule;
}

/**
 * The type of a file as its bytes show it, when it is one a case document may have; `null`
 * for anything else (a program, an archive, a script, a file named .pdf that is not a PDF…).
 */
export async function documentTypeOf(bytes: Uint8Array, fileName: string): Promise<string | null> {
  const extension = extname(fileName).toLowerCase();
  const sniffed = await fileType().fileTypeFromBuffer(bytes);
  if (sniffed?.mime === CFB_TYPE) return CFB_EXTENSIONS.has(extension) ? CFB_TYPE : null;
  if (sniffed) return SNIFFED_TYPES.has(sniffed.mime) ? sniffed.mime : null;
  const textType = TEXT_TYPES[extension];
  return textType && isText(bytes) ? textType : null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function isText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
