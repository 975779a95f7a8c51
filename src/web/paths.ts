import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../web/src/i18n/catalogues.ts';

/** web/: the browser client's sources (web/src, web/index.html) and its build output (web/dist). */
export const webRoot = fileURLToPath(new URL('../../web/', import.meta.url));
export const webDist = path.join(webRoot, 'dist');

/** The built page for a language the client speaks: index.html in English, index.<lang>.html otherwise. */
export const pageFile = (lang: Lang) => (lang === 'en' ? 'index.html' : `index.${lang}.html`);
