import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from '../../src/http/app.ts';
import { registerWebRoutes } from '../../src/http/routes/web.ts';
import { buildWebClient } from '../../src/web/build.ts';
import { catalogues, languages } from '../../web/src/i18n/catalogues.ts';

/**
 * The words the web client shows before (or without) its script, and the service worker's own:
 * built for real into a folder of this test's, one page per language, picked by Accept-Language.
 */
describe('the web client in the browser’s language before its script runs', () => {
  let dir: string;
  const app = new OpenAPIHono<AppEnv>();

  beforeAll(async () => {
    dir = path.join(await mkdtemp(path.join(tmpdir(), 'nightchill-pages-')), 'dist');
    const result = await buildWebClient({ outDir: dir, force: true });
    expect(result.files).toEqual(
      expect.arrayContaining(['index.html', 'index.es.html', 'index.fr.html', 'index.de.html', 'sw.js']),
    );
    registerWebRoutes(app, { dir });
  }, 120_000);
  afterAll(() => rm(path.dirname(dir), { recursive: true, force: true }));

  it('writes a page per language: its lang, description and noscript line from the catalogue', async () => {
    for (const lang of languages) {
      const html = await readFile(
        path.join(dir, lang === 'en' ? 'index.html' : `index.${lang}.html`),
        'utf8',
      );
      expect(html).toContain(`<html lang="${lang}"`);
      expect(html).not.toMatch(/%\w+%/);
      const [before, after] = catalogues[lang].app.noscript.split('{docs}');
      expect(html).toContain(`<noscript>${before}<a href="/docs">/docs</a>${after}</noscript>`);
      expect(html).toContain(`NightChill: ${catalogues[lang].app.tagline}`);
      expect(html).toMatch(/<script type="module" src="\/assets\/main-[^"]+\.js"><\/script>/);
    }
  });

  it('serves the page of the first language the browser asks for that the client speaks', async () => {
    const cases: [string | undefined, string][] = [
      [undefined, 'en'],
      ['de-AT,de;q=0.9,en;q=0.5', 'de'],
      ['fr;q=0.1, es-MX;q=0.8, en;q=0.5', 'es'],
      ['pt-BR,pt;q=0.9,fr;q=0.4', 'fr'],
      ['ja,zh;q=0.8', 'en'],
      ['es;q=0, de;q=0.2', 'de'],
      ['*', 'en'],
      [';;;q=x,,', 'en'],
    ];
    for (const [header, lang] of cases) {
      const res = await app.request('/', {
        headers: header === undefined ? {} : { 'accept-language': header },
      });
      expect(res.status, header).toBe(200);
      expect(res.headers.get('vary'), header).toContain('Accept-Language');
      expect(await res.text(), header).toContain(`<html lang="${lang}"`);
    }
  });

  /** The built worker run as a browser would start it, with the URL and languages given. */
  function pushIn(source: string, url: string, browserLanguages: string[], payload: string) {
    const handlers = new Map<string, (event: unknown) => void>();
    const shown: { title: string; body: string }[] = [];
    const self = {
      location: new URL(url),
      navigator: { languages: browserLanguages },
      addEventListener: (type: string, fn: (event: unknown) => void) => handlers.set(type, fn),
      registration: {
        showNotification: async (title: string, options: { body: string }) => {
          shown.push({ title, body: options.body });
        },
      },
    };
    runInNewContext(source, { self, URL });
    handlers.get('push')?.({
      data: { json: () => JSON.parse(payload) },
      waitUntil: () => {},
    });
    return shown;
  }

  it('writes its own words (a push without any) in the page’s language, else the browser’s', async () => {
    const source = await readFile(path.join(dir, 'sw.js'), 'utf8');
    const origin = 'https://nightchill.example';
    const fallback = (lang: (typeof languages)[number]) => [
      { title: 'NightChill', body: catalogues[lang].push.fallback },
    ];
    expect(pushIn(source, `${origin}/sw.js?lang=de`, ['en-GB'], '{}')).toEqual(fallback('de'));
    expect(pushIn(source, `${origin}/sw.js?lang=es`, [], 'not json')).toEqual(fallback('es'));
    expect(pushIn(source, `${origin}/sw.js`, ['fr-CA', 'en'], '{"url":"/"}')).toEqual(fallback('fr'));
    expect(pushIn(source, `${origin}/sw.js?lang=xx`, ['ja'], '{}')).toEqual(fallback('en'));
    // The server's own words always win.
    expect(
      pushIn(source, `${origin}/sw.js?lang=de`, [], '{"title":"Booked","body":"Robin booked."}'),
    ).toEqual([{ title: 'Booked', body: 'Robin booked.' }]);
  });
});
