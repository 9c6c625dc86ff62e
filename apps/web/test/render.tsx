import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { createQueryClient } from '../src/api/query-client';
import { Providers } from '../src/app/Providers';
import { routes } from '../src/app/routes';

/** Renders the whole app (real routes, real providers) at `path`, over the mocked API. */
export function renderApp(path: string) {
  const queryClient = createQueryClient();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <Providers queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, router, queryClient };
}

/** The element that describes a field (error or hint) and contains `text`, if linked to it. */
export function describedByText(field: HTMLElement): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}
