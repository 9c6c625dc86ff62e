import { ApiError, CSRF_HEADER, toApiError, unwrap, type components } from '@essaim/api-client';
import type { ReferralStatus } from '@essaim/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { caseQueryKey } from './cases';
import { api } from './client';
import { csrfToken } from './documents';

// Referrals to funders (issue 5): the case staff send a case's dossier to funding offers; the
// funder of each offer reviews it, asks questions, decides and records the payments; the holder
// follows the decisions and answers the questions.

type Schemas = components['schemas'];

export type ReferralDto = Schemas['ReferralDto'];
/** A referral as the case's people see it; `version` (needed to answer) as the API sends it. */
export type ReferralSummaryDto = Schemas['ReferralSummaryDto'] & { version?: number };
export type CaseFundingDto = Omit<Schemas['CaseFundingDto'], 'referrals'> & {
  referrals: ReferralSummaryDto[];
};
export type ReferralSnapshotDto = Schemas['ReferralSnapshotDto'];
export type ExchangeDto = Schemas['ExchangeDto'];
export type InboxItemDto = Schemas['InboxItemDto'];
export type ReferralOptionsDto = Schemas['ReferralOptionsDto'];
export type ReferralCountsDto = Schemas['ReferralCountsDto'];
export type FundingCriterionDto = Schemas['FundingCriterionDto'];
export type ReferralReviewDto = ReferralDto['reviews'][number];
export type ReferralDocumentDto = ReferralDto['documents'][number];

export type InboxOrder = 'asc' | 'desc';

export interface InboxQuery {
  status: ReferralStatus[];
  q: string;
  order: InboxOrder;
  page: number;
}

export const INBOX_PAGE_SIZE = 20;

export const referralKeys = {
  all: ['referrals'] as const,
  inbox: (query: InboxQuery) => ['referrals', 'inbox', query] as const,
  counts: ['referrals', 'counts'] as const,
  one: (id: string) => ['referrals', 'one', id] as const,
  criteria: (offerId: string) => ['admin', 'offer-criteria', offerId] as const,
  /** Under the case's key: a write on the case refreshes its funding too. */
  funding: (caseId: string) => [...caseQueryKey(caseId), 'referrals'] as const,
  options: (caseId: string) => [...caseQueryKey(caseId), 'referral-options'] as const,
};

/** Where the browser downloads a document sent with a referral (or with an answer to it). */
export function referralDocumentUrl(referralId: string, versionId: string): string {
  return `/api/referrals/${encodeURIComponent(referralId)}/documents/${encodeURIComponent(versionId)}`;
}

// The funder

export function useReferralCounts() {
  return useQuery({
    queryKey: referralKeys.counts,
    queryFn: () => unwrap(api.GET('/api/referrals/counts')),
    staleTime: 0,
  });
}

export function useReferralInbox(query: InboxQuery) {
  return useQuery({
    queryKey: referralKeys.inbox(query),
    queryFn: () =>
      unwrap(
        api.GET('/api/referrals', {
          params: {
            query: {
              ...(query.status.length > 0 ? { status: query.status } : {}),
              ...(query.q.trim() ? { q: query.q.trim() } : {}),
              sort: 'createdAt',
              order: query.order,
              page: query.page,
              pageSize: INBOX_PAGE_SIZE,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    // New referrals come from other people: an inbox shown again is read again.
    staleTime: 0,
  });
}

export function useReferral(id: string) {
  return useQuery({
    queryKey: referralKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/referrals/{id}', { params: { path: { id } } })),
    staleTime: 0,
  });
}

/** After a step that answers with the referral: show it at once; the inbox, counts and case follow. */
function useStoreReferral() {
  const queryClient = useQueryClient();
  return (updated: ReferralDto) => {
    queryClient.setQueryData(referralKeys.one(updated.id), updated);
    void queryClient.invalidateQueries({ queryKey: ['referrals', 'inbox'] });
    void queryClient.invalidateQueries({ queryKey: referralKeys.counts });
    if (updated.caseId) void queryClient.invalidateQueries({ queryKey: caseQueryKey(updated.caseId) });
  };
}

export function useOpenReferral(id: string) {
  const store = useStoreReferral();
  return useMutation({
    mutationFn: (body: { version: number }) =>
      unwrap(api.POST('/api/referrals/{id}/open', { params: { path: { id } }, body })),
    onSuccess: store,
  });
}

export function useAskQuestion(id: string) {
  const store = useStoreReferral();
  return useMutation({
    mutationFn: (body: { version: number; question: string }) =>
      unwrap(api.POST('/api/referrals/{id}/questions', { params: { path: { id } }, body })),
    onSuccess: store,
  });
}

export type DecisionInput = Schemas['DecideReferralDto'];

export function useDecideReferral(id: string) {
  const store = useStoreReferral();
  return useMutation({
    mutationFn: (body: DecisionInput) =>
      unwrap(api.POST('/api/referrals/{id}/decision', { params: { path: { id } }, body })),
    onSuccess: store,
  });
}

export type ReviewInput = Schemas['SaveReviewDto'];

export function useSaveReview(id: string) {
  const store = useStoreReferral();
  return useMutation({
    mutationFn: (body: ReviewInput) =>
      unwrap(api.PUT('/api/referrals/{id}/reviews/mine', { params: { path: { id } }, body })),
    onSuccess: store,
  });
}

export function useRecordDisbursement(id: string) {
  const store = useStoreReferral();
  return useMutation({
    mutationFn: (body: { version: number; amountCents: number; paidOn: string }) =>
      unwrap(api.POST('/api/referrals/{id}/disbursements', { params: { path: { id } }, body })),
    onSuccess: store,
  });
}

// The case: its referrals (staff and holders), sending and withdrawing (the case's advisors)

export function useCaseFunding(caseId: string) {
  return useQuery({
    queryKey: referralKeys.funding(caseId),
    queryFn: () => unwrap(api.GET('/api/cases/{id}/referrals', { params: { path: { id: caseId } } })),
  });
}

export function useReferralOptions(caseId: string, enabled = true) {
  return useQuery({
    queryKey: referralKeys.options(caseId),
    queryFn: () => unwrap(api.GET('/api/cases/{id}/referral-options', { params: { path: { id: caseId } } })),
    enabled,
  });
}

export type SendReferralsInput = Schemas['SendReferralsDto'];

export function useSendReferrals(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SendReferralsInput) =>
      unwrap(api.POST('/api/cases/{id}/referrals', { params: { path: { id: caseId } }, body })),
    // The case's version went up, and its timeline has the new events.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseQueryKey(caseId) }),
  });
}

export function useWithdrawReferral(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; version: number; reason?: string }) =>
      unwrap(api.POST('/api/referrals/{id}/withdraw', { params: { path: { id } }, body })),
    onSuccess: (updated) => queryClient.setQueryData(referralKeys.one(updated.id), updated),
    // Withdrawn, or refused because it changed in between: the case's funding is read again.
    onSettled: () => queryClient.invalidateQueries({ queryKey: caseQueryKey(caseId) }),
  });
}

export interface AnswerInput {
  referralId: string;
  version: number;
  body: string;
  files: File[];
}

/** Sends an answer and its files (multipart): the files become documents of the case. */
export async function postAnswer(input: AnswerInput): Promise<ReferralDto> {
  const token = await csrfToken();
  const form = new FormData();
  form.append('version', String(input.version));
  form.append('body', input.body);
  for (const file of input.files) form.append('files', file, file.name);
  let response: Response;
  try {
    const url = new URL(
      `/api/referrals/${encodeURIComponent(input.referralId)}/answers`,
      window.location.origin,
    );
    response = await fetch(
      new Request(url, {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
        headers: { Accept: 'application/json', ...(token !== null ? { [CSRF_HEADER]: token } : {}) },
      }),
    );
  } catch {
    throw new ApiError({ status: 0, code: 'network_error', message: 'Answer not sent' });
  }
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    // Not JSON: kept as text for the error.
  }
  if (!response.ok) throw toApiError(response, body);
  return body as ReferralDto;
}

export function useAnswerReferral(caseId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postAnswer,
    onSuccess: (updated) => queryClient.setQueryData(referralKeys.one(updated.id), updated),
    // Answered, or refused because it changed in between: the case (its funding, documents) is read again.
    onSettled: () =>
      caseId === null ? undefined : queryClient.invalidateQueries({ queryKey: caseQueryKey(caseId) }),
  });
}

// The offer's scoring grid (territory admins)

export function useOfferCriteria(offerId: string) {
  return useQuery({
    queryKey: referralKeys.criteria(offerId),
    queryFn: () => unwrap(api.GET('/api/admin/offers/{id}/criteria', { params: { path: { id: offerId } } })),
    staleTime: 0,
  });
}

export interface CriterionInput {
  label: string;
  weight: number;
  scale: number;
}

export function useSaveOfferCriteria(offerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (criteria: CriterionInput[]) =>
      unwrap(
        api.PUT('/api/admin/offers/{id}/criteria', {
          params: { path: { id: offerId } },
          body: { criteria },
        }),
      ),
    onSuccess: (saved) => queryClient.setQueryData(referralKeys.criteria(offerId), saved),
  });
}
