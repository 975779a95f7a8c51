import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Countries with crisis lines of their own in prompts/crisis.md; 'general' is the fallback. */
export const crisisCountries = ['US', 'UK', 'IE', 'CA', 'AU', 'general'] as const;
export type CrisisCountry = (typeof crisisCountries)[number];

/** The texts in prompts/, read once at start-up (editable without code changes; restart to apply). */
export interface Prompts {
  system: string;
  toolGuidance: string;
  aiNotice: string;
  fallback: string;
  crisis: { reply: string; lines: Record<CrisisCountry, string> };
}

export const defaultPromptsDir = fileURLToPath(new URL('../../prompts/', import.meta.url));

/** Comments (`<!-- … -->`) are notes for editors, never sent. */
const stripComments = (text: string) => text.replace(/<!--[\s\S]*?-->/g, '').trim();

/** Splits a file into its `# name` sections. */
function sections(text: string): Map<string, string> {
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

/** Reads and checks every prompt file; a missing file or crisis section stops start-up, naming it. */
export function loadPrompts(dir: string = defaultPromptsDir): Prompts {
  const read = (file: string) => {
    const text = stripComments(readFileSync(`${dir.replace(/\/?$/, '/')}${file}`, 'utf8'));
    if (!text) throw new Error(`prompts/${file} is empty`);
    return text;
  };
  const crisis = sections(readFileSync(`${dir.replace(/\/?$/, '/')}crisis.md`, 'utf8'));
  const section = (name: string) => {
    const text = crisis.get(name);
    if (!text) throw new Error(`prompts/crisis.md has no "# ${name}" section`);
    return text;
  };
  const reply = section('reply');
  if (!reply.includes('{{lines}}')) throw new Error('prompts/crisis.md "# reply" must contain {{lines}}');
  return {
    system: read('system.md'),
    toolGuidance: read('tool-guidance.md'),
    aiNotice: read('ai-notice.md'),
    fallback: read('fallback.md'),
    crisis: {
      reply,
      lines: Object.fromEntries(crisisCountries.map((c) => [c, section(c)])) as Record<CrisisCountry, string>,
    },
  };
}

/** Fills `{{name}}` placeholders; unknown ones are left as they are. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}
