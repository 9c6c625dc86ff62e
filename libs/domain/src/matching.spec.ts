import { type MatchableOffer, type MatchableProject, rankOffers } from './matching';
import { emptyProfile, type NeedProfile } from './needs';

const project: MatchableProject = {
  stage: 'creation',
  legalForm: 'scop',
  communeCode: '44109',
  departementCode: '44',
};
const profile: NeedProfile = {
  ...emptyProfile(),
  funding: 80,
  business_model: 60,
  premises: 20,
  digital: 40,
};

function offer(id: string, overrides: Partial<MatchableOffer> = {}): MatchableOffer {
  return {
    id,
    name: id,
    needCategories: ['funding'],
    stages: [],
    legalForms: [],
    communes: [],
    departements: [],
    ...overrides,
  };
}

describe('rankOffers', () => {
  it('ranks by the mean of the project scores over the offer needs (worked example)', () => {
    const ranked = rankOffers(profile, project, [
      offer('broad', { needCategories: ['funding', 'premises'] }), // (80 + 20) / 2 = 50
      offer('focused', { needCategories: ['funding'] }), // 80
      offer('model', { needCategories: ['business_model', 'digital'] }), // (60 + 40) / 2 = 50
    ]);
    expect(ranked.map((match) => [match.offerId, match.score])).toEqual([
      ['focused', 80],
      ['broad', 50],
      ['model', 50],
    ]);
  });

  it('names the offer needs the project has, strongest first, leaving out weak ones', () => {
    const [match] = rankOffers(profile, project, [
      offer('mix', { needCategories: ['premises', 'digital', 'funding'] }),
    ]);
    expect(match?.needs).toEqual(['funding', 'digital']);
  });

  it('leaves out an offer none of whose needs reaches the threshold', () => {
    expect(rankOffers(profile, project, [offer('rooms', { needCategories: ['premises'] })])).toEqual([]);
  });

  it('leaves out offers for another stage or legal form', () => {
    const ranked = rankOffers(profile, project, [
      offer('later', { stages: ['scale_up'] }),
      offer('assos', { legalForms: ['association'] }),
      offer('fits', { stages: ['creation'], legalForms: ['scop', 'scic'] }),
    ]);
    expect(ranked.map((match) => match.offerId)).toEqual(['fits']);
  });

  it('keeps offers of the whole territory and of the project place, puts local ones first on a tie', () => {
    const ranked = rankOffers(profile, project, [
      offer('a-regional'),
      offer('b-elsewhere', { communes: ['49007'] }),
      offer('c-departement', { departements: ['44'] }),
    ]);
    expect(ranked.map((match) => [match.offerId, match.local])).toEqual([
      ['c-departement', true],
      ['a-regional', false],
    ]);
  });

  it('returns at most the limit asked', () => {
    const offers = Array.from({ length: 30 }, (_, index) => offer(`o${index}`));
    expect(rankOffers(profile, project, offers, 5)).toHaveLength(5);
  });
});
