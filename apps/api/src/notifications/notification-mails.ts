import type { Locale, NotificationKind } from '@essaim/domain';
import { renderMail } from '../mail/layout';

/**
 * What a notification's texts need, stored as its `params` (the web app writes its titles from
 * them too). Only what the recipient may already see: a case's reference and project name, an
 * organisation's or an offer's name, an amount, a task's title and day, a count; never a
 * message's body, a note or a decline reason.
 *
 * - case_assigned, message_received: reference, projectName
 * - orientation_received: reference, projectName, offerName
 * - orientation_answered: reference, projectName, organisationName, offerName,
 *   status (`accepted` | `declined` | `completed`)
 * - referral_received, referral_answered: reference, projectName, organisationName, offerName
 * - referral_info_requested: reference, projectName, organisationName
 * - referral_decided: reference, projectName, organisationName, decision (`approved` | `declined`)
 * - referral_payment: reference, projectName, organisationName, amountCents
 * - task_due_tomorrow, task_overdue: reference, projectName, taskTitle, dueDate (YYYY-MM-DD)
 * - sla_unassigned, sla_inactive: reference, projectName, days
 * - new_cases_digest: count
 */
export type NotificationParams = Record<string, string | number>;

interface MailText {
  title: string;
  paragraphs: string[];
  action: string;
}

type Texts = (p: Params) => MailText;

/** Reads a param as text (absent: empty). */
class Params {
  constructor(private readonly values: NotificationParams) {}
  s(key: string): string {
    const value = this.values[key];
    return value === undefined || value === null ? '' : String(value);
  }
  n(key: string): number {
    return Number(this.values[key] ?? 0);
  }
}

function euros(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);
}

function day(value: string, locale: Locale): string {
  const date = new Date(`${value}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(date);
}

const FR: Record<NotificationKind, Texts> = {
  new_cases_digest: (p) => ({
    title:
      p.n('count') === 1
        ? 'Un nouveau dossier attend un conseiller'
        : `${p.n('count')} nouveaux dossiers attendent un conseiller`,
    paragraphs: [
      'Des porteurs de projet ont envoyé leur diagnostic depuis hier. Ouvrez la file des dossiers pour les prendre en charge.',
    ],
    action: 'Voir les dossiers',
  }),
  case_assigned: (p) => ({
    title: `Le dossier ${p.s('reference')} vous est confié`,
    paragraphs: [`Vous accompagnez désormais le projet « ${p.s('projectName')} ».`],
    action: 'Ouvrir le dossier',
  }),
  message_received: (p) => ({
    title: `Nouveau message sur « ${p.s('projectName')} »`,
    paragraphs: [
      `Vous avez reçu un message au sujet du dossier ${p.s('reference')}.`,
      'Pour le lire et répondre, connectez-vous à Essaim.',
    ],
    action: 'Lire le message',
  }),
  task_due_tomorrow: (p) => ({
    title: `Tâche à faire demain : ${p.s('taskTitle')}`,
    paragraphs: [
      `La tâche « ${p.s('taskTitle')} » du dossier ${p.s('reference')} est prévue pour le ${day(p.s('dueDate'), 'fr')}.`,
    ],
    action: 'Ouvrir le dossier',
  }),
  task_overdue: (p) => ({
    title: `Tâche en retard : ${p.s('taskTitle')}`,
    paragraphs: [
      `La tâche « ${p.s('taskTitle')} » du dossier ${p.s('reference')} était prévue pour le ${day(p.s('dueDate'), 'fr')}.`,
    ],
    action: 'Ouvrir le dossier',
  }),
  orientation_received: (p) => ({
    title: `Nouvelle orientation : « ${p.s('projectName')} »`,
    paragraphs: [
      `Le dossier ${p.s('reference')} est orienté vers votre offre « ${p.s('offerName')} ». Acceptez-la ou déclinez-la depuis vos orientations.`,
    ],
    action: 'Voir les orientations',
  }),
  orientation_answered: (p) => ({
    title:
      p.s('status') === 'accepted'
        ? `${p.s('organisationName')} accepte l’orientation`
        : p.s('status') === 'declined'
          ? `${p.s('organisationName')} décline l’orientation`
          : `${p.s('organisationName')} a terminé l’accompagnement`,
    paragraphs: [`Au sujet de l’offre « ${p.s('offerName')} » pour le projet « ${p.s('projectName')} ».`],
    action: 'Ouvrir le dossier',
  }),
  referral_received: (p) => ({
    title: `Nouvelle demande de financement : « ${p.s('projectName')} »`,
    paragraphs: [`Le dossier ${p.s('reference')} vous est adressé pour l’offre « ${p.s('offerName')} ».`],
    action: 'Voir la demande',
  }),
  referral_info_requested: (p) => ({
    title: `${p.s('organisationName')} pose une question`,
    paragraphs: [
      `Le financeur demande des informations sur le projet « ${p.s('projectName')} ». Répondez depuis le dossier.`,
    ],
    action: 'Répondre',
  }),
  referral_answered: (p) => ({
    title: `Réponse reçue : « ${p.s('projectName')} »`,
    paragraphs: [`Votre question sur le dossier ${p.s('reference')} a reçu une réponse.`],
    action: 'Voir la demande',
  }),
  referral_decided: (p) => ({
    title:
      p.s('decision') === 'approved'
        ? `${p.s('organisationName')} accorde un financement`
        : `${p.s('organisationName')} ne finance pas le projet`,
    paragraphs: [`La décision porte sur le projet « ${p.s('projectName')} ». Le détail est dans le dossier.`],
    action: 'Voir la décision',
  }),
  referral_payment: (p) => ({
    title: `Versement de ${euros(p.n('amountCents'), 'fr')}`,
    paragraphs: [
      `${p.s('organisationName')} a enregistré un versement pour le projet « ${p.s('projectName')} ».`,
    ],
    action: 'Ouvrir le dossier',
  }),
  sla_unassigned: (p) => ({
    title: `Dossier ${p.s('reference')} sans conseiller`,
    paragraphs: [
      `Le dossier « ${p.s('projectName')} » attend un conseiller depuis plus de ${p.n('days')} jours. Confiez-le à un conseiller.`,
    ],
    action: 'Ouvrir le dossier',
  }),
  sla_inactive: (p) => ({
    title: `Dossier ${p.s('reference')} sans activité`,
    paragraphs: [
      `Rien ne s’est passé sur le dossier « ${p.s('projectName')} » depuis ${p.n('days')} jours. Faites le point avec le porteur.`,
    ],
    action: 'Ouvrir le dossier',
  }),
};

const EN: Record<NotificationKind, Texts> = {
  new_cases_digest: (p) => ({
    title:
      p.n('count') === 1
        ? 'A new case is waiting for an advisor'
        : `${p.n('count')} new cases are waiting for an advisor`,
    paragraphs: [
      'Project holders sent their diagnostic since yesterday. Open the case queue to take them on.',
    ],
    action: 'See the cases',
  }),
  case_assigned: (p) => ({
    title: `Case ${p.s('reference')} is yours`,
    paragraphs: [`You now support the project “${p.s('projectName')}”.`],
    action: 'Open the case',
  }),
  message_received: (p) => ({
    title: `New message on “${p.s('projectName')}”`,
    paragraphs: [
      `You received a message about case ${p.s('reference')}.`,
      'To read it and answer, log in to Essaim.',
    ],
    action: 'Read the message',
  }),
  task_due_tomorrow: (p) => ({
    title: `Task due tomorrow: ${p.s('taskTitle')}`,
    paragraphs: [
      `The task “${p.s('taskTitle')}” of case ${p.s('reference')} is due on ${day(p.s('dueDate'), 'en')}.`,
    ],
    action: 'Open the case',
  }),
  task_overdue: (p) => ({
    title: `Overdue task: ${p.s('taskTitle')}`,
    paragraphs: [
      `The task “${p.s('taskTitle')}” of case ${p.s('reference')} was due on ${day(p.s('dueDate'), 'en')}.`,
    ],
    action: 'Open the case',
  }),
  orientation_received: (p) => ({
    title: `New orientation: “${p.s('projectName')}”`,
    paragraphs: [
      `Case ${p.s('reference')} is oriented to your offer “${p.s('offerName')}”. Accept or decline it from your orientations.`,
    ],
    action: 'See the orientations',
  }),
  orientation_answered: (p) => ({
    title:
      p.s('status') === 'accepted'
        ? `${p.s('organisationName')} accepted the orientation`
        : p.s('status') === 'declined'
          ? `${p.s('organisationName')} declined the orientation`
          : `${p.s('organisationName')} completed the support`,
    paragraphs: [`About the offer “${p.s('offerName')}” for the project “${p.s('projectName')}”.`],
    action: 'Open the case',
  }),
  referral_received: (p) => ({
    title: `New funding request: “${p.s('projectName')}”`,
    paragraphs: [`Case ${p.s('reference')} is sent to you for the offer “${p.s('offerName')}”.`],
    action: 'See the request',
  }),
  referral_info_requested: (p) => ({
    title: `${p.s('organisationName')} has a question`,
    paragraphs: [
      `The funder asks for information about the project “${p.s('projectName')}”. Answer from the case.`,
    ],
    action: 'Answer',
  }),
  referral_answered: (p) => ({
    title: `Answer received: “${p.s('projectName')}”`,
    paragraphs: [`Your question on case ${p.s('reference')} has an answer.`],
    action: 'See the request',
  }),
  referral_decided: (p) => ({
    title:
      p.s('decision') === 'approved'
        ? `${p.s('organisationName')} grants funding`
        : `${p.s('organisationName')} does not fund the project`,
    paragraphs: [`The decision is about the project “${p.s('projectName')}”. The details are in the case.`],
    action: 'See the decision',
  }),
  referral_payment: (p) => ({
    title: `Payment of ${euros(p.n('amountCents'), 'en')}`,
    paragraphs: [`${p.s('organisationName')} recorded a payment for the project “${p.s('projectName')}”.`],
    action: 'Open the case',
  }),
  sla_unassigned: (p) => ({
    title: `Case ${p.s('reference')} has no advisor`,
    paragraphs: [
      `The case “${p.s('projectName')}” has waited for an advisor for more than ${p.n('days')} days. Assign it to an advisor.`,
    ],
    action: 'Open the case',
  }),
  sla_inactive: (p) => ({
    title: `Case ${p.s('reference')} is inactive`,
    paragraphs: [
      `Nothing happened on the case “${p.s('projectName')}” for ${p.n('days')} days. Check in with the holder.`,
    ],
    action: 'Open the case',
  }),
};

/** A notification's mail in the recipient's locale, with a link to the page it is about. */
export function notificationMail(
  kind: NotificationKind,
  locale: Locale,
  params: NotificationParams & { firstName?: string },
  url: string,
): { subject: string; text: string; html: string } {
  const texts = (locale === 'en' ? EN : FR)[kind](new Params(params));
  const greeting = params.firstName
    ? locale === 'en'
      ? `Hello ${params.firstName},`
      : `Bonjour ${params.firstName},`
    : undefined;
  return renderMail(locale, {
    title: texts.title,
    paragraphs: greeting ? [greeting, ...texts.paragraphs] : texts.paragraphs,
    action: { label: texts.action, url },
  });
}
