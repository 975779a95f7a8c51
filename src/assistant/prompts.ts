import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The texts in prompts/, read once at start-up (editable without code changes; restart to apply). */
export interface Prompts {
  system: string;
  toolGuidance: string;
  aiNotice: string;
  /** The AI notice in the other languages the companion speaks (ai-notice.<lang>.md). */
  aiNotices: Record<'es' | 'fr' | 'de', string>;
  fallback: string;
}

export const defaultPromptsDir = fileURLToPath(new URL('../../prompts/', import.meta.url));

/** Comments (`<!-- … -->`) are notes for editors, never sent. */
const stripComments = (text: string) => text.replace(/<!--[\s\S]*?-->/g, '').trim();

/** Splits a file into its `# name` sections. */
export function sections(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let name: string | undefined;
  let body: string[] = [];
  const flush = () => {
    if (name !== undefined) out.set(name, body.join('\n').trim());
  };
  for (const line of stripComments(text).split('\n')) {
    const heading = /^# (\S+)\s*$/.exec(line);
    if (heading) {
      flush();
      name = heading[1]!;
      body = [];
    } else body.push(line);
  }
  flush();
  return out;
}

/** Reads and checks every prompt file; a missing or empty file stops start-up, naming it. */
export function loadPrompts(dir: string = defaultPromptsDir): Prompts {
  const read = (file: string) => {
    const text = stripComments(readFileSync(`${dir.replace(/\/?$/, '/')}${file}`, 'utf8'));
    if (!text) throw new Error(`prompts/${file} is empty`);
    return text;
  };
  return {
    system: read('system.md'),
    toolGuidance: read('tool-guidance.md'),
    aiNotice: read('ai-notice.md'),
    aiNotices: { es: read('ai-notice.es.md'), fr: read('ai-notice.fr.md'), de: read('ai-notice.de.md') },
    fallback: read('fallback.md'),
  };
}

/** Fills `{{name}}` placeholders; unknown ones are left as they are. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}
