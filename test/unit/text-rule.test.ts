import { describe, expect, it } from 'vitest';
import { parseCall } from '../../src/assistant/tools/registry.ts';
import { isCleanText, TEXT_RULE_MESSAGE, textIssues } from '../../src/domain/text.ts';

describe('the text rule', () => {
  it('refuses NUL and either half of a surrogate pair alone, and lets every real character through', () => {
    for (const bad of ['x\u0000', '\u0000', 'a\uD800', '\uDC00b', 'x\uDBFFy', '\uDFFF\uD800'])
      expect(isCleanText(bad), JSON.stringify(bad)).toBe(false);
    for (const good of [
      '',
      'plain',
      'Zoë in Kraków',
      '静かなカフェ',
      'calm 🙂🌙',
      '\uD83D\uDE42',
      'tab\tand\nnewline',
    ])
      expect(isCleanText(good), good).toBe(true);
  });

  it('names every offending value and key by its path, nested in objects and arrays', () => {
    expect(
      textIssues({
        name: 'ok',
        tags: ['fine', 'bad\u0000'],
        location: { label: '\uD800' },
        'key\u0000': 'value',
      })
        .map((i) => i.field)
        .sort(),
    ).toEqual(['key\\u0000', 'location.label', 'tags.1']);
    expect(textIssues('x\u0000')).toEqual([{ field: '(root)', message: TEXT_RULE_MESSAGE }]);
    expect(textIssues({ n: 1, b: true, nothing: null, list: [1, 2] })).toEqual([]);
  });

  it('walks a payload nested far deeper than the call stack without failing', () => {
    let deep: unknown = 'bottom\u0000';
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(textIssues(deep)).toHaveLength(1);
  });

  it('holds for assistant tool arguments too: the model gets invalid_arguments naming the field', () => {
    const call = parseCall('search_locations', JSON.stringify({ name: 'quiet\u0000cafe' }));
    expect(call.ok).toBe(false);
    if (call.ok) return;
    expect(call.error.code).toBe('invalid_arguments');
    expect(call.error.details).toContainEqual({ field: 'name', message: TEXT_RULE_MESSAGE });
    const lone = parseCall('search_locations', '{"city":"Leeds \\ud800"}');
    expect(lone.ok).toBe(false);
  });
});
