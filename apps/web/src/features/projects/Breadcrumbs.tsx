import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import classes from './Breadcrumbs.module.css';

export interface Crumb {
  label: string;
  /** Absent on the current page, the last crumb. */
  to?: string;
}

/** The path to a deep page, as a list of links; the current page is the last item. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('projects.page.breadcrumbs')}>
      <ol className={classes.list}>
        {items.map((item) => (
          <li key={`${item.to ?? ''}${item.label}`}>
            {item.to !== undefined ? (
              <Anchor component={Link} to={item.to} size="sm">
                {item.label}
              </Anchor>
            ) : (
              <Text component="span" size="sm" aria-current="page">
                {item.label}
              </Text>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
