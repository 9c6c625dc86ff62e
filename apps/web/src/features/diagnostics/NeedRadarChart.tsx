import { NEED_CATEGORIES, type NeedProfile } from '@essaim/domain';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';

import { theme } from '../../app/theme';

import { needLevel, rankedNeeds } from './need-levels';

const GREEN = theme.colors?.essaim ?? [];

/**
 * The need profile as a radar chart. Loaded on its own (recharts is heavy); one image for
 * assistive technologies, whose label says every score — the table next to it gives the details.
 */
export default function NeedRadarChart({ profile }: { profile: NeedProfile }) {
  const { t } = useTranslation();
  // On a phone, a smaller web leaves room for the category names around it.
  const narrow = useMediaQuery('(max-width: 30em)');
  const data = NEED_CATEGORIES.map((category) => ({
    label: t(`results.needsShort.${category}`),
    score: profile[category],
  }));
  const summary = rankedNeeds(profile)
    .map(({ category, score }) =>
      t('results.chartItem', {
        need: t(`results.needs.${category}`),
        score,
        level: t(`results.levels.${needLevel(score)}`).toLowerCase(),
      }),
    )
    .join(' ; ');
  return (
    <div role="img" aria-label={t('results.chartLabel', { summary })} style={{ width: '100%', height: 340 }}>
      <ResponsiveContainer width="100%" height={340}>
        <RadarChart data={data} outerRadius={narrow ? '52%' : '68%'} accessibilityLayer={false}>
          <PolarGrid stroke="#ced4da" />
          <PolarAngleAxis dataKey="label" tick={{ fontSize: narrow ? 11 : 12, fill: '#343a40' }} />
          <PolarRadiusAxis
            domain={[0, 100]}
            tickCount={5}
            angle={72}
            tick={{ fontSize: 10, fill: '#495057' }}
          />
          <Radar
            dataKey="score"
            stroke={GREEN[7]}
            strokeWidth={2}
            fill={GREEN[5]}
            fillOpacity={0.35}
            isAnimationActive={false}
          />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
