import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { catalogues, type Lang, languages } from '../../web/src/i18n/catalogues.ts';
import { pageFile, webDist, webRoot } from './paths.ts';

export interface WebBuild {
  /** False when web/src is absent (an image that ships the server alone): nothing was built. */
  built: boolean;
  /** True when web/dist was already newer than every source: nothing needed building. */
  upToDate?: boolean;
  outDir: string;
  files: string[];
  ms: number;
}

/**
 * Bundles web/src with esbuild into web/dist: hashed assets under dist/assets and an index.html
 * that names them. Built into a fresh folder and swapped in, so a running server never serves a
 * half-written build. Everything the page loads comes from this server (no CDN).
 */
export async function buildWebClient(
  options: { outDir?: string; minify?: boolean; force?: boolean } = {},
): Promise<WebBuild> {
  const started = performance.now();
  const outDir = options.outDir ?? webDist;
  const entry = path.join(webRoot, 'src', 'main.tsx');
  if (!existsSync(entry)) return { built: false, outDir, files: [], ms: 0 };
  if (!options.force && (await upToDate(outDir)))
    return { built: true, upToDate: true, outDir, files: [], ms: 0 };

  const staging = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.png': 'file', '.svg': 'file' },
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    outdir: path.join(staging, 'assets'),
    publicPath: '/assets',
    minify: options.minify ?? true,
    // Minified (npm start, production): maps are written but not linked from the script, and the
    // server does not serve them in production (routes/web.ts); unminified (npm run dev): linked.
    sourcemap: (options.minify ?? true) ? 'external' : 'linked',
    metafile: true,
    legalComments: 'linked',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });

  const worker = await buildServiceWorker(staging, options.minify ?? true);
  const outputs = Object.keys(result.metafile.outputs).map((f) => path.relative(staging, path.resolve(f)));
  const script = outputs.find((f) => /^assets\/main-[^/]+\.js$/.test(f));
  const style = outputs.find((f) => /^assets\/main-[^/]+\.css$/.test(f));
  if (!script) throw new Error('web build: no script was produced');
  const template = await readFile(path.join(webRoot, 'index.html'), 'utf8');
  const tags = [
    style ? `<link rel="stylesheet" href="/${style}">` : '',
    `<script type="module" src="/${script}"></script>`,
  ].join('\n    ');
  const pages = await Promise.all(
    languages.map(async (lang) => {
      const file = pageFile(lang);
      await writeFile(path.join(staging, file), pageIn(template, lang, tags));
      return file;
    }),
  );

  const old = `${outDir}.old-${process.pid}-${Date.now()}`;
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(staging, outDir);
  await rm(old, { recursive: true, force: true });
  return {
    built: true,
    outDir,
    files: [...pages, ...worker, ...outputs],
    ms: Math.round(performance.now() - started),
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * web/index.html in one language: `<html lang>`, `%description%` and `%noscript%` filled from that
 * language's catalogue (so a browser without JavaScript, or one still loading it, reads its own
 * language: routes/web.ts picks the page by Accept-Language), and the assets' tags.
 */
function pageIn(template: string, lang: Lang, tags: string): string {
  const words = catalogues[lang];
  const noscript = escapeHtml(words.app.noscript).replace('{docs}', '<a href="/docs">/docs</a>');
  return template
    .replace('<html lang="en"', `<html lang="${lang}"`)
    .replace('%description%', escapeHtml(`NightChill: ${words.app.tagline}`))
    .replace('%noscript%', noscript)
    .replace('<!-- assets -->', tags);
}

/**
 * The service worker (web/src/sw.ts: Web Push alerts while no tab is open) as dist/sw.js: a fixed
 * name at the root, since its URL is its identity and its scope, and a classic script (module
 * service workers are not in every browser the client targets). No source map: one small file.
 */
async function buildServiceWorker(staging: string, minify: boolean): Promise<string[]> {
  const entry = path.join(webRoot, 'src', 'sw.ts');
  if (!existsSync(entry)) return [];
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome100', 'firefox100', 'safari16'],
    outfile: path.join(staging, 'sw.js'),
    minify,
    legalComments: 'none',
    logLevel: 'silent',
    // The one sentence of the catalogues it shows (a push that carries no words of its own), in
    // each language, rather than every catalogue bundled into the worker.
    define: {
      NIGHTCHILL_PUSH_FALLBACK: JSON.stringify(
        Object.fromEntries(languages.map((l) => [l, catalogues[l].push.fallback])),
      ),
    },
  });
  return ['sw.js'];
}

/** dist/index.html is newer than web/index.html, everything in web/src and the lockfile. */
async function upToDate(outDir: string): Promise<boolean> {
  const built = await stat(path.join(outDir, 'index.html')).catch(() => null);
  if (!built) return false;
  const sources = [path.join(webRoot, 'index.html'), path.join(webRoot, '..', 'package-lock.json')];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else sources.push(full);
    }
  };
  await walk(path.join(webRoot, 'src'));
  for (const file of sources) {
    const s = await stat(file).catch(() => null);
    if (s && s.mtimeMs >= built.mtimeMs) return false;
  }
  return true;
}
