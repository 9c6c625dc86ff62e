import { createApiClient } from '@essaim/api-client';

/** The one client of the app: same origin as the page (the API serves the SPA). */
export const api = createApiClient(window.location.origin);
