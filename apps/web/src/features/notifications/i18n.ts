import i18n from '../../i18n/i18n';
import en from '../../i18n/notifications.en.json';
import fr from '../../i18n/notifications.fr.json';

// The notifications' texts (`notifications.*`) come with the pages that show them, not with the
// first download: the shell (the bell), the notification pages and the confirm-email page import
// this module. Same `translation` namespace, so `t('notifications.…')` reads as any other key.
i18n.addResourceBundle('fr', 'translation', { notifications: fr }, true, false);
i18n.addResourceBundle('en', 'translation', { notifications: en }, true, false);

export const NOTIFICATION_TEXTS = { fr, en };
