import { describe, expect, it } from 'vitest';
import { chatStatements, textLiteral } from '../../src/domain/chat/order.ts';

describe('the chat statements inline only what they can vouch for', () => {
  const me = '0195a5c4-7b3e-7c1a-9d2e-3f4a5b6c7d8e';

  it('refuses a user id that is not a uuid instead of writing it into SQL', () => {
    const epoch = new Date(0);
    expect(() => chatStatements.lookup([me, "x' OR true --"], [], epoch)).toThrow(/not a uuid/);
    expect(() => chatStatements.lookup(["'; DROP TABLE users; --"], [], epoch)).toThrow(/not a uuid/);
    expect(() => chatStatements.lookup(["x'::uuid]) --"], [], epoch)).toThrow(/not a uuid/);
  });

  it('locks authors in id order, each once, so two batches never deadlock', () => {
    const other = '0195a5c4-7b3e-7c1a-9d2e-000000000000';
    const text = chatStatements.lookup([me, other, me], [], new Date(0));
    expect(text.match(/'[0-9a-f-]{36}'::uuid/g)).toEqual([`'${other}'::uuid`, `'${me}'::uuid`]);
  });

  it('passes the batch look-up its authors once each, in id order, and its keys as one escaped literal', () => {
    const other = '0195a5c4-7b3e-7c1a-9d2e-000000000000';
    const text = chatStatements.lookup(
      [me, other, me],
      [{ userId: me, clientMessageId: "a'b" }],
      new Date(0),
    );
    expect(text.match(/'[0-9a-f-]{36}'::uuid/g)).toEqual([`'${other}'::uuid`, `'${me}'::uuid`]);
    expect(text).toContain(`'[{"user_id":"${me}","client_message_id":"a''b"}]'::jsonb`);
  });

  it('quotes the idempotency keys as one escaped literal', () => {
    const text = chatStatements.lookup([me], [{ userId: me, clientMessageId: "a'b\\c" }], new Date(0));
    expect(text).toContain(String.raw`E'[{"user_id":"${me}","client_message_id":"a''b\\\\c"}]'::jsonb`);
  });
});

describe('textLiteral', () => {
  it('quotes plain text as it is and escapes text holding quotes or backslashes', () => {
    expect(textLiteral('enc:v1:k:AbC-_x')).toBe("'enc:v1:k:AbC-_x'");
    expect(textLiteral("it's")).toBe("'it''s'");
    expect(textLiteral('a\\b')).toBe(" E'a\\\\b'");
  });
});
