import { describe, expect, it } from 'vitest';
import { createFieldCipher, DecryptionError, generateKey } from '../../src/crypto/cipher.ts';

describe('field cipher', () => {
  const k1 = { id: 'k1', key: generateKey() };
  const k2 = { id: 'k2', key: generateKey() };

  it('round-trips text, unicode included, and never stores it in the clear', () => {
    const cipher = createFieldCipher([k1]);
    const plain = 'I feel calmer at the quiet café 🌿 — thank you';
    const stored = cipher.encrypt(plain, 'ctx');
    expect(stored.startsWith('enc:v1:k1:')).toBe(true);
    expect(stored).not.toContain('calmer');
    expect(cipher.decrypt(stored, 'ctx')).toBe(plain);
  });

  it('uses a fresh IV per value', () => {
    const cipher = createFieldCipher([k1]);
    expect(cipher.encrypt('same')).not.toBe(cipher.encrypt('same'));
  });

  it('reads values written under an old key after rotation, and writes with the new one', () => {
    const old = createFieldCipher([k1]).encrypt('before rotation');
    const rotated = createFieldCipher([k2, k1]);
    expect(rotated.decrypt(old)).toBe('before rotation');
    expect(rotated.encrypt('after').startsWith('enc:v1:k2:')).toBe(true);
    expect(() => createFieldCipher([k2]).decrypt(old)).toThrow(/no key with id k1/);
  });

  it('refuses tampered values, values moved to another context, and plain text', () => {
    const cipher = createFieldCipher([k1]);
    const stored = cipher.encrypt('secret', 'user-a');
    const last = stored.at(-2) === 'A' ? 'B' : 'A';
    expect(() => cipher.decrypt(`${stored.slice(0, -2)}${last}${stored.at(-1)}`, 'user-a')).toThrow(
      DecryptionError,
    );
    expect(() => cipher.decrypt(stored, 'user-b')).toThrow(DecryptionError);
    expect(() => cipher.decrypt('secret')).toThrow(DecryptionError);
    expect(() => cipher.decrypt('enc:v1:k1:AAAA')).toThrow(/truncated/);
  });

  it('tags a value the same way under the same key, differently under another, and finds old tags after rotation', () => {
    const id = '7f000000-0000-4000-8000-000000000001';
    const before = createFieldCipher([k1]).tag(id);
    expect(createFieldCipher([k1]).tag(id)).toBe(before);
    expect(before).toMatch(/^[\w-]{22}$/);
    expect(before).not.toContain(id.slice(0, 8));
    expect(createFieldCipher([k1]).tag(`${id}x`)).not.toBe(before);
    const rotated = createFieldCipher([k2, k1]);
    expect(rotated.tag(id)).not.toBe(before);
    expect(rotated.tags(id)).toEqual([rotated.tag(id), before]);
  });

  it('refuses keys that are not 32 bytes', () => {
    expect(() => createFieldCipher([{ id: 'short', key: Buffer.alloc(16) }])).toThrow(/32 bytes/);
    expect(() => createFieldCipher([])).toThrow();
  });
});
