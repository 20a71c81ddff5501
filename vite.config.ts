import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { appShellServiceWorker } from './src/web/build/app-shell-service-worker.js';
import { precompressAssets } from './src/web/build/precompress-assets.js';

const webRoot = fileURLToPath(new URL('./src/web/', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [
    react(),
    appShellServiceWorker({
      entryHtml: 'app/index.html',
      fileName: 'app/sw.js',
      scope: '/app/',
      publicUrls: [
        '/app/manifest.webmanifest',
        '/app/icons/icon.svg',
        '/app/icons/icon-192.png',
        '/app/icons/icon-512.png',
      ],
    }),
    precompressAssets(),
  ],
  build: {
    outDir: fileURLToPath(new URL('./dist/web/', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        staff: fileURLToPath(new URL('./src/web/index.html', import.meta.url)),
        app: fileURLToPath(new URL('./src/web/app/index.html', import.meta.url)),
      },
      output: {
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules/, minShareCount: 2 },
            { name: 'shared', minShareCount: 2 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api/': 'http://localhost:3000',
    },
  },
});
