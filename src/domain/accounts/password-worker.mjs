// The password thread (passwords.ts): bcrypt and zxcvbn, the two costs of a password, off the event
// loop. Plain JavaScript so that a worker thread loads it as it is, under tsx, under the test
// runner and in production alike.
import bcrypt from 'bcryptjs';

/** @type {Promise<import('@zxcvbn-ts/core').ZxcvbnFactory> | undefined} */
let estimator;

/**
 * zxcvbn, built at this thread's first strength check (its word lists are ranked then, about a
 * quarter of a second), so a thread that only checks logins never loads them. A l33t substitution
 * budget of 20 keeps the worst 72-byte input near 0.1 s (the default, 100, took half a second) and
 * still sees "p@ssw0rd" as "password".
 */
function strength() {
  estimator ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(
    ([{ ZxcvbnFactory }, common, english]) =>
      new ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...english.dictionary },
        graphs: common.adjacencyGraphs,
        translations: english.translations,
        l33tMaxSubstitutions: 20,
      }),
  );
  return estimator;
}

/**
 * @param {{ op: 'hash', password: string, cost: number }
 *   | { op: 'compare', password: string, hash: string }
 *   | { op: 'strength', password: string, inputs: string[] }} task
 */
export default async function run(task) {
  if (task.op === 'hash') return bcrypt.hashSync(task.password, task.cost);
  if (task.op === 'compare') return bcrypt.compareSync(task.password, task.hash);
  const { score, feedback } = (await strength()).check(task.password, task.inputs);
  return { score, warning: feedback.warning ?? '', suggestions: feedback.suggestions };
}
