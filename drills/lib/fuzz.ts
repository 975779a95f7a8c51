import { prng } from './stats.ts';

/** Random JSON text for fuzzing request bodies, with prototype-pollution keys among the keys. */
export function jsonFuzzer(seed: number, fieldNames: string[]) {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const keys = [
    ...fieldNames,
    '__proto__',
    'constructor',
    'prototype',
    '',
    'id',
    'userId',
    'role',
    'isAdmin',
  ];
  const strings = [
    '',
    ' ',
    'x'.repeat(5000),
    '\u0000',
    '\ud800',
    '😀'.repeat(50),
    '../../etc/passwd',
    "' OR 1=1 --",
    '<script>alert(1)</script>',
    '2030-01-01T00:00:00Z',
    '00000000-0000-0000-0000-000000000000',
    'NaN',
    '{"$gt":""}',
  ];
  const numbers = ['0', '-1', '1e308', '-1e308', '1e999', '3.14', '9007199254740993', '-0', '1e-400'];
  const value = (depth: number): string => {
    switch (Math.floor(rand() * (depth > 2 ? 5 : 7))) {
      case 0:
        return JSON.stringify(pick(strings));
      case 1:
        return pick(numbers);
      case 2:
        return pick(['true', 'false', 'null']);
      case 3:
        return JSON.stringify(`${pick(strings).slice(0, 20)}${Math.floor(rand() * 1e6)}`);
      case 4:
        return '[]';
      case 5:
        return `[${Array.from({ length: Math.floor(rand() * 4) }, () => value(depth + 1)).join(',')}]`;
      default:
        return object(depth + 1);
    }
  };
  const object = (depth: number): string => {
    const n = Math.floor(rand() * 6);
    const parts = Array.from({ length: n }, () => `${JSON.stringify(pick(keys))}:${value(depth)}`);
    if (rand() < 0.3) parts.push(`"__proto__":{"polluted":true,"isAdmin":true,"role":"operator"}`);
    if (rand() < 0.15) parts.push(`"constructor":{"prototype":{"polluted":true}}`);
    return `{${parts.join(',')}}`;
  };
  return (): string => {
    const r = rand();
    if (r < 0.08) return pick(['', '{', '{"a":', 'null', '[]', '"x"', '1', '{"a":1}}', '\u0000']);
    if (r < 0.12) return `${object(0).slice(0, -1)},`;
    return object(0);
  };
}

/** Engine.io/socket.io frames mutated from valid ones: flips, inserts, cuts, huge numbers. */
export function frameMutator(seed: number) {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const uuid = '3f1d2c4e-8b7a-4e5f-9a0b-1c2d3e4f5a6b';
  const valid = [
    `42["chat:send",{"clientMessageId":"${uuid}","content":"hello"}]`,
    `4217["chat:send",{"clientMessageId":"${uuid}","content":"hi"}]`,
    '421["chat:sync",{"limit":10}]',
    '422["chat:history",{"limit":5}]',
    '423["chat:cancel",{"turnId":"t"}]',
    `424["chat:confirm",{"proposalId":"${uuid}"}]`,
    '2',
    '3',
    '41',
    '451-["chat:send",{"_placeholder":true,"num":0}]',
  ];
  const inserts = [
    '"',
    '{',
    '}',
    '[',
    ']',
    ',',
    ':',
    '\\',
    '\u0000',
    '\ud800',
    '__proto__',
    '9'.repeat(30),
    '-',
    '"constructor"',
  ];
  return (): string | Buffer => {
    let f = pick(valid);
    const rounds = 1 + Math.floor(rand() * 4);
    for (let r = 0; r < rounds; r++) {
      const at = Math.floor(rand() * (f.length + 1));
      switch (Math.floor(rand() * 7)) {
        case 0:
          f = f.slice(0, at) + String.fromCharCode(Math.floor(rand() * 0xffff)) + f.slice(at + 1);
          break;
        case 1:
          f = f.slice(0, at) + pick(inserts) + f.slice(at);
          break;
        case 2:
          f = f.slice(0, at) + f.slice(at + 1 + Math.floor(rand() * 8));
          break;
        case 3:
          f = f.slice(0, at);
          break;
        case 4:
          f = f.replace(/\{/, '{"__proto__":{"polluted":true},');
          break;
        case 5:
          f = f.replace(/"hello"|"hi"|10|5/, pick(['1e999', '[]', '{}', 'null', `"${'z'.repeat(70_000)}"`]));
          break;
        default:
          return Buffer.from(
            Array.from({ length: 1 + Math.floor(rand() * 64) }, () => Math.floor(rand() * 256)),
          );
      }
    }
    return f;
  };
}
