import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text files worth compressing; images (PNG) are compressed already. */
const compressible = /\.(?:js|css|html|svg|json|webmanifest)$/;

/** Below this size a compressed copy saves less than the response headers weigh. */
const minBytes = 1024;

/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the build, at the
 * highest levels. The server sends the copy a browser accepts (`@fastify/static`'s
 * `preCompressed`), so the files are compressed once at build time instead of on every request,
 * and more tightly than on-the-fly compression could afford. The client app's first screen is
 * budgeted in compressed bytes, which is what a phone downloads.
 */
export function precompressAssets(): Plugin {
  let outDir = '';
  return {
    name: 'koers:precompress-assets',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = await textFiles(outDir);
      await Promise.all(files.map(writeCompressedCopies));
    },
  };
}

async function textFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && compressible.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function writeCompressedCopies(file: string): Promise<void> {
  const source = await fs.readFile(file);
  if (source.length < minBytes) return;
  const [br, gz] = await Promise.all([
    brotli(source, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    }),
    gzip(source, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  // A copy that is not smaller would only cost a file: the server then sends the original.
  if (br.length < source.length) await fs.writeFile(`${file}.br`, br);
  if (gz.length < source.length) await fs.writeFile(`${file}.gz`, gz);
}
