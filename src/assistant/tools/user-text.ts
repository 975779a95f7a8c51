/**
 * Text other people wrote (place names, descriptions, amenities, mentor profiles, partner names)
 * as the model may read it: control characters, chat-template tokens, role prefixes, markdown
 * headings and fences and "ignore previous instructions" phrases removed, whitespace collapsed,
 * length clipped. In what the model reads, these fields sit under `untrusted` (see `forModel`),
 * which the system prompt declares as data written by other users.
 */

/** What is cut out of other people's text, in order. Data, not logic: add a line to add a rule. */
const CONTROL_LIKE: readonly RegExp[] = [
  // Control characters, zero-width and bidirectional overrides.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g,
  // Chat-template tokens (<|im_start|>assistant, <|system|>, [INST], <<SYS>>, </s>) and the role after one.
  /(?:<\|[^|>]{0,40}\|>|\[\/?INST\]|<<\/?SYS>>|<\/?s>)(?:\s*(?:system|assistant|user|developer|tool)\b)?/gi,
  // Markdown fences and headings.
  /`{3,}|~{3,}/g,
  /(^|\s)#{1,6}(?=\s)/g,
  // Role-like prefixes: "system:", "assistant:", "### Instruction:".
  /\b(?:system|assistant|developer|user|tool|function|instructions?)\s*:/gi,
  // Attempts to re-instruct whoever reads it.
  /\b(?:ignore|disregard|forget|override)\b[^.!?\n]{0,40}?\b(?:instructions?|rules|prompts?|messages?|guidelines)\b/gi,
  /\byou are now\b|\bnew instructions?\b|\bact as\b|\bjailbreak\b/gi,
];

/** Other people's text, cleaned and clipped to `max` characters (undefined when empty). */
export function userText(text: string | null | undefined, max: number): string | undefined {
  if (!text) return undefined;
  let t = text;
  for (const rule of CONTROL_LIKE) t = t.replace(rule, ' ');
  t = t.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The fields of tool results that hold other people's text; `forModel` moves them under `untrusted`. */
export const USER_WRITTEN_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'title',
  'address',
  'description',
  'amenities',
  'bio',
  'specialization',
  'mentor',
  'partner',
]);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A tool result as the model reads it: in every object, the user-written fields are moved under
 * `untrusted: {…}` (already cleaned by the views), the rest left as it is.
 */
export function forModel(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(forModel);
  if (!isPlainObject(value)) return value;
  const own: Record<string, unknown> = {};
  const untrusted: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (USER_WRITTEN_FIELDS.has(key) && (typeof v === 'string' || Array.isArray(v))) untrusted[key] = v;
    else own[key] = forModel(v);
  }
  return Object.keys(untrusted).length ? { ...own, untrusted } : own;
}
