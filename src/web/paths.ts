import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** web/: the browser client's sources (web/src, web/index.html) and its build output (web/dist). */
export const webRoot = fileURLToPath(new URL('../../web/', import.meta.url));
export const webDist = path.join(webRoot, 'dist');
