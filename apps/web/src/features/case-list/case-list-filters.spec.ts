import {
  activeCaseFilterCount,
  caseFiltersToParams,
  parseCaseFilters,
  savedQueryToParams,
  toCaseListQuery,
  toSavedQuery,
} from './case-list-filters';

const ADVISOR = '5d4c3b2a-0000-4000-8000-00000000000c';

describe('the case list filters in the address', () => {
  it('reads back what it wrote, and asks the API for exactly that', () => {
    const filters = parseCaseFilters(
      new URLSearchParams(
        `q=ressourcerie&stage=orientation&stage=submitted&advisor=${ADVISOR}&sector=culture&legalForm=scic` +
          '&departement=44&priority=high&submittedFrom=2026-01-01&submittedTo=2026-03-31&overdueTask=true' +
          '&sort=submittedAt&order=asc&page=3',
      ),
    );
    expect(filters).toMatchObject({
      q: 'ressourcerie',
      // In the workflow's order, whatever the order of the link.
      stage: ['submitted', 'orientation'],
      advisor: ADVISOR,
      sector: 'culture',
      legalForm: 'scic',
      departement: '44',
      priority: 'high',
      submittedFrom: '2026-01-01',
      submittedTo: '2026-03-31',
      overdueTask: true,
      sort: 'submittedAt:asc',
      page: 3,
    });
    expect(parseCaseFilters(caseFiltersToParams(filters))).toEqual(filters);
    expect(activeCaseFilterCount(filters)).toBe(10);
    expect(toCaseListQuery(filters)).toMatchObject({
      stage: ['submitted', 'orientation'],
      overdueTask: 'true',
      sort: 'submittedAt',
      order: 'asc',
      page: 3,
      pageSize: 25,
    });
  });

  it('ignores what it does not know, from an old or hand-edited link', () => {
    const filters = parseCaseFilters(
      new URLSearchParams(
        'stage=moon&advisor=bob&organisation=12&priority=urgent&submittedFrom=yesterday&overdueTask=yes' +
          '&sort=reference&order=desc&page=-2',
      ),
    );
    expect(filters).toEqual(parseCaseFilters(new URLSearchParams()));
    expect(caseFiltersToParams(filters).toString()).toBe('');
  });

  it('keeps the commune rather than its département, and the default order out of the address', () => {
    const params = caseFiltersToParams(
      parseCaseFilters(
        new URLSearchParams('commune=44109&departement=49&advisor=me&sort=lastEventAt&order=desc'),
      ),
    );
    expect(params.toString()).toBe('advisor=me&commune=44109');
  });

  it('saves the filters without the page, and replays a saved filter as an address', () => {
    const filters = parseCaseFilters(
      new URLSearchParams('stage=submitted&advisor=none&overdueTask=true&page=4&sort=submittedAt&order=asc'),
    );
    const saved = toSavedQuery(filters);
    expect(saved).toEqual({
      stage: ['submitted'],
      advisor: 'none',
      overdueTask: 'true',
      sort: 'submittedAt',
      order: 'asc',
    });
    expect(savedQueryToParams(saved).toString()).toBe(
      'stage=submitted&advisor=none&overdueTask=true&sort=submittedAt&order=asc',
    );
    // A filter saved by another version of the app, or by hand through the API, is read carefully.
    expect(
      savedQueryToParams({ stage: 'closed', overdueTask: true, unknown: 'x', advisor: null }).toString(),
    ).toBe('stage=closed&overdueTask=true');
  });
});
