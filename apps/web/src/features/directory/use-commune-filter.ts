import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { directoryKeys, useCommunesByCode, type Commune } from '../../api/directory';

import { communeLabel } from './CommuneSearch';

/**
 * A commune filter kept as its INSEE code (in the address): the label to show for it, and how to
 * pick one — which replaces the département, a commune being the more precise of the two, and
 * caches the commune so its label needs no request.
 */
export function useCommuneFilter(
  territory: string | undefined,
  commune: string | undefined,
  onPick: (change: { commune: string; departement: undefined }) => void,
) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const communes = useCommunesByCode(territory, commune ? [commune] : []);
  const chosen = commune ? communes.byCode.get(commune) : undefined;
  const label = commune
    ? chosen
      ? communeLabel(chosen)
      : communes.isPending
        ? t('common.loading')
        : t('directory.commune.codeOnly', { code: commune })
    : undefined;
  const pick = (picked: Commune) => {
    if (territory) queryClient.setQueryData(directoryKeys.commune(territory, picked.code), picked);
    onPick({ commune: picked.code, departement: undefined });
  };
  return { label, pick };
}
