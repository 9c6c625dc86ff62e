/** Legends of field groups read as the group's title. */
export const LEGEND_STYLES = {
  legend: {
    fontWeight: 700,
    fontSize: 'var(--mantine-font-size-lg)',
    marginBottom: 'var(--mantine-spacing-xs)',
  },
};
