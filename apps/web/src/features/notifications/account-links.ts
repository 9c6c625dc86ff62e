import { NOTIFICATION_KINDS_BY_ROLE, type Role } from '@essaim/domain';
import './i18n';

/** The links of the account menu: the email settings (roles that receive notifications), the demo's mails. */
export function accountMenuLinks(role: Role): { to: string; label: string }[] {
  const links: { to: string; label: string }[] = [];
  if (NOTIFICATION_KINDS_BY_ROLE[role].length > 0)
    links.push({ to: '/app/settings/notifications', label: 'notifications.settings.menuLink' });
  if (role === 'platform_admin')
    links.push({ to: '/app/platform/mails', label: 'notifications.mails.navLink' });
  return links;
}
