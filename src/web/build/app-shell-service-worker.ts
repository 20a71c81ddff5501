import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { serviceWorkerSource } from './service-worker-source.js';

export interface AppShellServiceWorkerOptions {
  /** The HTML entry of the installable app, relative to the Vite root. */
  entryHtml: string;
  /** Where the service worker is emitted, relative to the output directory. */
  fileName: string;
  /** The URL path the service worker controls; also the URL of the app's HTML. */
  scope: string;
  /** Public files (not bundled) that belong to the shell, as URL paths. */
  publicUrls: readonly string[];
}

/**
 * Emits a service worker that precaches exactly the files the installable app needs to start:
 * its HTML, the scripts, styles and assets reachable from its entry, and the given public files.
 * API responses are never cached.
 */
export function appShellServiceWorker(options: AppShellServiceWorkerOptions): Plugin {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'koers:app-shell-service-worker',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    generateBundle(_outputOptions, bundle) {
      const entryId = path.resolve(root, options.entryHtml);
      const entry = Object.values(bundle).find(
        (output): output is Rolldown.OutputChunk =>
          output.type === 'chunk' && output.isEntry && output.facadeModuleId === entryId,
      );
      if (entry === undefined) {
        this.error(`No entry chunk found for ${options.entryHtml}`);
      }
      const bundledFiles = [...collectFiles(entry, bundle)].sort().map((fileName) => base + fileName);
      const shellUrls = [options.scope, ...options.publicUrls, ...bundledFiles];
      const version = createHash('sha256').update(shellUrls.join('\n')).digest('hex').slice(0, 12);
      this.emitFile({
        type: 'asset',
        fileName: options.fileName,
        source: serviceWorkerSource({ version, shellUrls, scope: options.scope }),
      });
    },
  };
}

function collectFiles(entry: Rolldown.OutputChunk, bundle: Rolldown.OutputBundle): Set<string> {
  const files = new Set<string>();
  const visit = (chunk: Rolldown.OutputChunk): void => {
    if (files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
    for (const asset of chunk.viteMetadata?.importedAssets ?? []) files.add(asset);
    // Screens loaded later (dynamic imports) belong to the shell too, so they work offline.
    for (const imported of [...chunk.imports, ...chunk.dynamicImports]) {
      const next = bundle[imported];
      if (next?.type === 'chunk') visit(next);
    }
  };
  visit(entry);
  return files;
}
