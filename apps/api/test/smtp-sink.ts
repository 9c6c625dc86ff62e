import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail the sink accepted, decoded enough for assertions. */
export interface CaughtMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  raw: string;
}

export interface SmtpSink {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  mails: CaughtMail[];
  /** Every DATA the sink was offered, accepted or refused. */
  attempts: number;
  /** The next `count` messages are refused with `code` (e.g. 451 "try again later"). */
  refuseNext(count: number, code?: number): void;
  /** Messages to this address are always refused with `code`. */
  refuseAlways(address: string, code?: number): void;
  close(): Promise<void>;
}

/** A real SMTP server in the test process (the `smtp-server` package), no TLS, no auth. */
export async function startSmtpSink(): Promise<SmtpSink> {
  let refusals: { count: number; code: number } = { count: 0, code: 451 };
  const refusedAddresses = new Map<string, number>();
  const sink: Omit<SmtpSink, 'url' | 'close'> = {
    mails: [],
    attempts: 0,
    refuseNext(count, code = 451) {
      refusals = { count, code };
    },
    refuseAlways(address, code = 550) {
      refusedAddresses.set(address.toLowerCase(), code);
    },
  };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        sink.attempts += 1;
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
        const refusedCode = to.map((address) => refusedAddresses.get(address)).find(Boolean);
        if (refusedCode || refusals.count > 0) {
          const code = refusedCode ?? refusals.code;
          if (!refusedCode) refusals.count -= 1;
          const error = new Error(code >= 500 ? 'Mailbox unavailable' : 'Try again later') as Error & {
            responseCode: number;
          };
          error.responseCode = code;
          return callback(error);
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        sink.mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to,
          ...decode(raw),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return Object.assign(sink, {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** The subject and the text and HTML parts of a message as nodemailer writes it (multipart/alternative). */
function decode(raw: string): { subject: string; text: string; html: string } {
  const [head = ''] = raw.split(/\r?\n\r?\n/);
  const subjectLine = /^Subject: ((?:.*)(?:\r?\n[ \t].*)*)/im.exec(head)?.[1] ?? '';
  return {
    subject: decodeWords(subjectLine.replace(/\r?\n[ \t]/g, ' ')),
    text: part(raw, 'text/plain'),
    html: part(raw, 'text/html'),
  };
}

function part(raw: string, type: string): string {
  const start = raw.search(new RegExp(`^Content-Type: ${type}`, 'im'));
  if (start < 0) return '';
  const rest = raw.slice(start);
  const [headers = '', ...bodyParts] = rest.split(/\r?\n\r?\n/);
  const body = bodyParts.join('\n\n').split(/\r?\n--/)[0] ?? '';
  const encoding = /Content-Transfer-Encoding: ([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return quotedPrintable(body);
  return body;
}

function quotedPrintable(body: string): string {
  const soft = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft[i] === '=' ? soft.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8').replace(/\r\n/g, '\n');
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`). */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : quotedPrintable(text.replace(/_/g, ' ')),
    )
    .trim();
}
