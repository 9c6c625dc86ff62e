// The case-list queries the benchmark loads and explains (query strings of GET /api/staff/cases).
export const CASE_LIST_QUERIES = {
  // The list as it opens: every case of the territory, newest submission first.
  default: '',
  // Filters, a search and a sort together.
  filtered: 'stage=orientation&stage=accompaniment&departement=44&q=recyclerie&sort=lastEventAt&order=desc',
  // My cases with an overdue task, oldest first.
  mine_overdue: 'advisor=me&overdueTask=true&sort=submittedAt&order=asc',
};
