import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  cacheDir: fromRoot('node_modules/.vite/apps/web'),
  plugins: [react()],
  resolve: {
    alias: {
      '@essaim/domain': fromRoot('libs/domain/src/index.ts'),
      '@essaim/api-client': fromRoot('libs/api-client/src/index.ts'),
    },
  },
  server: {
    port: 4200,
    host: 'localhost',
    fs: { allow: [workspaceRoot] },
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  preview: { port: 4300, host: 'localhost' },
  build: {
    outDir: fromRoot('dist/apps/web'),
    emptyOutDir: true,
    reportCompressedSize: true,
    // The API's CSP forbids inline scripts: never inline the module preload polyfill.
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
});
