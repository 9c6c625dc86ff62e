import { NAV_ITEMS, type NavItem } from '@essaim/domain';
import type { RouteObject } from 'react-router';

import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { RouteErrorPage } from '../features/not-found/RouteErrorPage';
import { FullPageLoader } from '../ui/FullPageLoader';
import { PublicLayout } from '../ui/PublicLayout';

// Pages are loaded on first visit, so the first screen only downloads what it shows.
// Sections with pages of their own (below) get no placeholder; the public directory is outside /app.
const OWN_PAGES: ReadonlySet<NavItem['key']> = new Set([
  'home',
  'projects',
  'cases',
  'orientations',
  'referrals',
  'organisations',
  'questionnaire',
  'users',
  'territory',
  'territories',
]);
const SECTION_ROUTES: RouteObject[] = NAV_ITEMS.filter(
  (item): item is Exclude<NavItem, { key: 'home' }> =>
    item.path.startsWith('/app/') && !OWN_PAGES.has(item.key),
).map((item) => ({
  path: item.path.replace(/^\/app\//, ''),
  lazy: async () => {
    const { SectionPage } = await import('../features/shell/SectionPage');
    return { Component: () => <SectionPage section={item.key} /> };
  },
}));

// The holder's journey: projects, the needs diagnostic and its results.
const HOLDER_ROUTES: RouteObject[] = [
  {
    path: 'projects',
    lazy: async () => ({ Component: (await import('../features/projects/ProjectsPage')).ProjectsPage }),
  },
  {
    path: 'projects/new',
    lazy: async () => ({ Component: (await import('../features/projects/ProjectFormPage')).NewProjectPage }),
  },
  {
    path: 'projects/:projectId',
    lazy: async () => ({ Component: (await import('../features/projects/ProjectPage')).ProjectPage }),
  },
  {
    path: 'projects/:projectId/edit',
    lazy: async () => ({ Component: (await import('../features/projects/ProjectFormPage')).EditProjectPage }),
  },
  {
    path: 'diagnostics/:diagnosticId',
    lazy: async () => ({
      Component: (await import('../features/diagnostics/DiagnosticPage')).DiagnosticPage,
    }),
  },
  {
    path: 'diagnostics/:diagnosticId/results',
    lazy: async () => ({ Component: (await import('../features/diagnostics/ResultsPage')).ResultsPage }),
  },
];

// The staff's lists: the cases they may see (each with its case page), and the orientations inbox.
const CASE_WORK_ROUTES: RouteObject[] = [
  {
    path: 'cases',
    lazy: async () => ({ Component: (await import('../features/case-list/CaseListPage')).CaseListPage }),
  },
  {
    path: 'cases/:caseId',
    lazy: async () => ({ Component: (await import('../features/case-page/CasePage')).CasePage }),
  },
  {
    path: 'orientations',
    lazy: async () => ({
      Component: (await import('../features/orientations-inbox/OrientationsInboxPage')).OrientationsInboxPage,
    }),
  },
];

// The funder's inbox of referrals and one referral (which the case's staff may open too).
const REFERRAL_ROUTES: RouteObject[] = [
  {
    path: 'referrals',
    lazy: async () => ({
      Component: (await import('../features/referrals/ReferralsInboxPage')).ReferralsInboxPage,
    }),
  },
  {
    path: 'referrals/:referralId',
    lazy: async () => ({ Component: (await import('../features/referrals/ReferralPage')).ReferralPage }),
  },
];

// The territory admin's directory of structures and offers, and the questionnaire editor.
const TERRITORY_ADMIN_ROUTES: RouteObject[] = [
  {
    path: 'organisations',
    lazy: async () => ({
      Component: (await import('../features/admin-directory/OrganisationsAdminPage')).OrganisationsAdminPage,
    }),
  },
  {
    path: 'organisations/new',
    lazy: async () => ({
      Component: (await import('../features/admin-directory/OrganisationEditPage')).OrganisationEditPage,
    }),
  },
  {
    path: 'organisations/:id',
    lazy: async () => ({
      Component: (await import('../features/admin-directory/OrganisationEditPage')).OrganisationEditPage,
    }),
  },
  {
    path: 'organisations/:id/offers/new',
    lazy: async () => ({
      Component: (await import('../features/admin-directory/OfferEditPage')).OfferEditPage,
    }),
  },
  {
    path: 'organisations/:id/offers/:offerId',
    lazy: async () => ({
      Component: (await import('../features/admin-directory/OfferEditPage')).OfferEditPage,
    }),
  },
  {
    path: 'questionnaire',
    lazy: async () => ({
      Component: (await import('../features/questionnaire-editor/QuestionnaireEditorPage'))
        .QuestionnaireEditorPage,
    }),
  },
  {
    path: 'questionnaire/versions/:number',
    lazy: async () => ({
      Component: (await import('../features/questionnaire-editor/QuestionnaireVersionPage'))
        .QuestionnaireVersionPage,
    }),
  },
];

// Accounts and settings: the territory admin's users and settings, the platform admin's territories.
const STAFF_ROUTES: RouteObject[] = [
  {
    path: 'users',
    lazy: async () => ({ Component: (await import('../features/staff/UsersPage')).UsersPage }),
  },
  {
    path: 'territory',
    lazy: async () => ({
      Component: (await import('../features/staff/TerritorySettingsPage')).TerritorySettingsPage,
    }),
  },
  {
    path: 'territories',
    lazy: async () => ({
      Component: (await import('../features/staff/PlatformTerritoriesPage')).PlatformTerritoriesPage,
    }),
  },
];

// Everyone's notifications and their email settings; the demo's mails for platform admins.
const NOTIFICATION_ROUTES: RouteObject[] = [
  {
    path: 'notifications',
    lazy: async () => ({
      Component: (await import('../features/notifications/NotificationsPage')).NotificationsPage,
    }),
  },
  {
    path: 'settings/notifications',
    lazy: async () => ({
      Component: (await import('../features/notifications/NotificationSettingsPage'))
        .NotificationSettingsPage,
    }),
  },
  {
    path: 'platform/mails',
    lazy: async () => ({
      Component: (await import('../features/notifications/PlatformMailsPage')).PlatformMailsPage,
    }),
  },
];

export const routes: RouteObject[] = [
  {
    path: '/app',
    HydrateFallback: FullPageLoader,
    ErrorBoundary: RouteErrorPage,
    lazy: async () => ({ Component: (await import('../features/shell/ProtectedShell')).ProtectedShell }),
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('../features/shell/RoleHomePage')).RoleHomePage }),
      },
      ...SECTION_ROUTES,
      ...HOLDER_ROUTES,
      ...CASE_WORK_ROUTES,
      ...REFERRAL_ROUTES,
      ...TERRITORY_ADMIN_ROUTES,
      ...STAFF_ROUTES,
      ...NOTIFICATION_ROUTES,
      { path: '*', Component: NotFoundPage },
    ],
  },
  {
    path: '/',
    Component: PublicLayout,
    HydrateFallback: FullPageLoader,
    ErrorBoundary: RouteErrorPage,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('../features/home/HomePage')).HomePage }),
      },
      {
        path: 'directory',
        lazy: async () => ({
          Component: (await import('../features/directory/DirectoryPage')).DirectoryPage,
        }),
      },
      {
        path: 'directory/organisations/:id',
        lazy: async () => ({
          Component: (await import('../features/directory/OrganisationPage')).OrganisationPage,
        }),
      },
      {
        path: 'login',
        lazy: async () => ({ Component: (await import('../features/auth/LoginPage')).LoginPage }),
      },
      {
        path: 'signup',
        lazy: async () => ({ Component: (await import('../features/auth/SignupPage')).SignupPage }),
      },
      {
        path: 'forgot-password',
        lazy: async () => ({
          Component: (await import('../features/auth/ForgotPasswordPage')).ForgotPasswordPage,
        }),
      },
      {
        path: 'reset-password',
        lazy: async () => ({
          Component: (await import('../features/auth/ResetPasswordPage')).ResetPasswordPage,
        }),
      },
      {
        path: 'invitations/accept',
        lazy: async () => ({
          Component: (await import('../features/projects/AcceptInvitationPage')).AcceptInvitationPage,
        }),
      },
      {
        path: 'confirm-email',
        lazy: async () => ({
          Component: (await import('../features/notifications/ConfirmEmailPage')).ConfirmEmailPage,
        }),
      },
      {
        path: 'staff-invitation',
        lazy: async () => ({
          Component: (await import('../features/staff/StaffInvitationPage')).StaffInvitationPage,
        }),
      },
      { path: '*', Component: NotFoundPage },
    ],
  },
];
