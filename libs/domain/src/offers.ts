export const OFFER_KINDS = ['accompaniment', 'funding'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];

export const FUNDING_INSTRUMENTS = [
  'grant',
  'honour_loan',
  'bank_loan',
  'guarantee',
  'equity',
  'repayable_advance',
] as const;
export type FundingInstrument = (typeof FUNDING_INSTRUMENTS)[number];
