import { Badge, Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import classes from './CasePage.module.css';

export interface CaseTab {
  value: string;
  label: string;
  /** A count worth attention (unread messages), shown next to the label. */
  count?: number;
  panel: ReactNode;
}

/**
 * The parts of a case as tabs (arrow keys move between them). The open tab is in the address
 * (`?tab=messages`) so a link can lead to it; only the open one is mounted, so opening the
 * messages is what marks them read.
 */
export function CaseTabs({ tabs, label }: { tabs: CaseTab[]; label: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const active = tabs.some((tab) => tab.value === asked) ? asked : (tabs[0]?.value ?? null);
  return (
    <Tabs
      value={active}
      onChange={(value) => {
        if (value === null) return;
        setParams(
          (current) => {
            current.set('tab', value);
            return current;
          },
          { replace: true },
        );
      }}
      keepMounted={false}
    >
      <Tabs.List aria-label={label} className={classes.tabList}>
        {tabs.map((tab) => (
          <Tabs.Tab
            key={tab.value}
            value={tab.value}
            className={classes.tab}
            rightSection={
              tab.count ? (
                <Badge size="sm" circle color="red.9" aria-hidden="true">
                  {tab.count}
                </Badge>
              ) : undefined
            }
            aria-label={
              tab.count ? t('casePage.tabs.withUnread', { label: tab.label, count: tab.count }) : undefined
            }
          >
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((tab) => (
        <Tabs.Panel key={tab.value} value={tab.value} pt="lg">
          {tab.panel}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
