import { activeFilterCount, filtersToParams, parseFilters } from './directory-filters';

describe('the directory filters in the address', () => {
  it('reads back what it wrote', () => {
    const filters = parseFilters(
      new URLSearchParams(
        'q=pret+d%27honneur&departement=44&need=funding&need=premises&stage=idea&kind=funding&instrument=honour_loan&page=3',
      ),
    );
    expect(filters).toEqual({
      q: "pret d'honneur",
      territory: undefined,
      departement: '44',
      commune: undefined,
      need: ['funding', 'premises'],
      stage: 'idea',
      legalForm: undefined,
      kind: 'funding',
      instrument: 'honour_loan',
      page: 3,
    });
    expect(parseFilters(filtersToParams(filters))).toEqual(filters);
    expect(activeFilterCount(filters)).toBe(6);
  });

  it('ignores what it does not know, from an old or hand-edited link', () => {
    const filters = parseFilters(
      new URLSearchParams(
        'need=flying&stage=moon&page=-2&commune=<script>&kind=accompaniment&instrument=grant',
      ),
    );
    expect(filters).toMatchObject({
      need: [],
      stage: undefined,
      page: 1,
      commune: undefined,
      instrument: undefined,
    });
    expect(filtersToParams(filters).toString()).toBe('kind=accompaniment');
  });
});
