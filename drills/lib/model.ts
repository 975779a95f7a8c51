import { type FakeModel, startFakeModel } from '../../test/helpers/fake-model.ts';

export type { FakeModel, Script } from '../../test/helpers/fake-model.ts';

/** The local OpenAI-compatible server of the tests, and the environment that points instances at it. */
export async function drillModel(): Promise<{ model: FakeModel; env: Record<string, string> }> {
  const model = await startFakeModel();
  return {
    model,
    env: { OPENAI_API_KEY: 'drill-key', OPENAI_BASE_URL: model.url, OPENAI_MODEL: 'fake-model' },
  };
}
