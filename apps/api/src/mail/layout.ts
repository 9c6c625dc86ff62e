import type { Locale } from '@essaim/domain';

/** What a mail says: a title (also its subject), paragraphs of plain text, and at most one link. */
export interface MailContent {
  title: string;
  paragraphs: string[];
  action?: { label: string; url: string };
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const FOOTER: Record<Locale, string> = {
  fr: 'Ce message vous est envoyé automatiquement par Essaim, la plateforme d’accompagnement des projets de l’économie sociale et solidaire de votre territoire. Merci de ne pas y répondre.',
  en: 'This message was sent automatically by Essaim, the platform that supports social and solidarity economy projects in your territory. Please do not reply to it.',
};

/** "If the button does not work": the link is also written out in full. */
const LINK_HINT: Record<Locale, string> = {
  fr: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
  en: 'If the button does not work, copy this link into your browser:',
};

/**
 * One layout for every mail: plain text and HTML saying the same thing, in the recipient's
 * language. The HTML escapes everything it is given, loads nothing remote (no images, fonts or
 * trackers) and keeps its styles inline, so that mail clients show it as written.
 */
export function renderMail(locale: Locale, content: MailContent): RenderedMail {
  const lang: Locale = locale === 'en' ? 'en' : 'fr';
  const subject = lang === 'fr' ? `Essaim : ${content.title}` : `Essaim: ${content.title}`;
  return { subject: oneLine(subject), text: renderText(lang, content), html: renderHtml(lang, content) };
}

function renderText(locale: Locale, { title, paragraphs, action }: MailContent): string {
  const parts = [title, ...paragraphs];
  if (action) parts.push(`${action.label}${locale === 'fr' ? ' :' : ':'}\n${action.url}`);
  parts.push(`--\n${FOOTER[locale]}`);
  return `${parts.join('\n\n')}\n`;
}

function renderHtml(locale: Locale, { title, paragraphs, action }: MailContent): string {
  const body = paragraphs
    .map((paragraph) => `<p style="margin:0 0 16px">${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#1c5d99;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(action.label)}</a></p>
<p style="margin:0 0 16px;font-size:14px;color:#444444">${escapeHtml(LINK_HINT[locale])}<br><a href="${escapeHtml(action.url)}" style="color:#1c5d99;word-break:break-all">${escapeHtml(action.url)}</a></p>`
    : '';
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:0;padding:0;background:#f4f4f4">
<div style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">
<p style="margin:0 0 8px;font-weight:bold;color:#1c5d99">Essaim</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3">${escapeHtml(title)}</h1>
${body}
${button}
<hr style="border:none;border-top:1px solid #dddddd;margin:24px 0">
<p style="margin:0;font-size:13px;color:#555555">${escapeHtml(FOOTER[locale])}</p>
</div>
</body>
</html>
`;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A subject is one line: no header injection through a title. */
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').slice(0, 300);
}
