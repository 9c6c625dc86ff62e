import { NAV_ITEMS } from '@essaim/domain';
import type { RouteObject } from 'react-router';

import { NotFoundPage } from '../features/not-found/NotFoundPage';
import { RouteErrorPage } from '../features/not-found/RouteErrorPage';
import { FullPageLoader } from '../ui/FullPageLoader';
import { PublicLayout } from '../ui/PublicLayout';

// Pages are loaded on first visit, so the first screen only downloads what it shows.
const SECTION_ROUTES: RouteObject[] = NAV_ITEMS.filter((item) => item.key !== 'home').map((item) => ({
  path: item.path.replace(/^\/app\//, ''),
  lazy: async () => {
    const { SectionPage } = await import('../features/shell/SectionPage');
    return { Component: () => <SectionPage section={item.key} /> };
  },
}));

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
      { path: '*', Component: NotFoundPage },
    ],
  },
];
