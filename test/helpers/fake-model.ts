import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local OpenAI-compatible chat-completions server for tests: real HTTP on 127.0.0.1:0, streamed
 * as server-sent events the way the API streams them, so the real openai SDK runs end to end.
 * Each request takes the next scripted reply (or the fallback): text, tool calls (several at once
 * for parallel calls), an error status, a stream cut mid-way, or a stall for timeouts.
 */

export interface ModelRequest {
  model: string;
  stream?: boolean;
  // biome-ignore lint/suspicious/noExplicitAny: requests are arbitrary JSON the tests inspect.
  messages: any[];
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  tools?: any[];
  parallel_tool_calls?: boolean;
  tool_choice?: unknown;
  /** Size of the request body in bytes. */
  bytes: number;
}

export interface ScriptedCall {
  name: string;
  arguments: string | Record<string, unknown>;
  id?: string;
}

export type Script =
  | { text: string; chunkSize?: number; delayMs?: number }
  | { tools: ScriptedCall[]; text?: string }
  | { status: number; headers?: Record<string, string>; body?: unknown }
  /** Streams `text` (if any) and then destroys the connection without finishing. */
  | { cut: string }
  /** 'headers': never answers; 'body': answers 200, streams `text`, then goes silent. */
  | { stall: 'headers' | 'body'; text?: string }
  | ((request: ModelRequest, index: number) => Script);

export interface FakeModel {
  /** The base URL to give the SDK (OPENAI_BASE_URL): http://127.0.0.1:port/v1 */
  url: string;
  requests: ModelRequest[];
  /** Replies for the next requests, in order. */
  enqueue(...scripts: Script[]): void;
  /** The reply when nothing is queued. */
  fallback: Script;
  /** Added before every reply (the model's own thinking time). */
  latencyMs: number;
  /** The most requests that were ever being answered at the same time. */
  maxInFlight: number;
  /** Inputs sent to /v1/moderations, in order. */
  moderations: string[];
  /**
   * How /v1/moderations answers: the categories it flags (none by default), a delay before it does,
   * or an error status.
   */
  moderation: { flag?: string[]; delayMs?: number; status?: number };
  reset(): void;
  close(): Promise<void>;
}

const sse = (res: ServerResponse, data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);

function chunk(id: string, delta: Record<string, unknown>, finish: string | null = null) {
  return {
    id,
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model: 'fake-model',
    choices: [{ index: 0, delta, finish_reason: finish }],
  };
}

const split = (text: string, size: number): string[] => {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return parts;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

export async function startFakeModel(): Promise<FakeModel> {
  const queue: Script[] = [];
  const requests: ModelRequest[] = [];
  const open = new Set<ServerResponse>();
  let counter = 0;
  let inFlight = 0;

  const model: FakeModel = {
    url: '',
    requests,
    enqueue: (...scripts) => queue.push(...scripts),
    fallback: { text: 'OK.' },
    latencyMs: 0,
    maxInFlight: 0,
    moderations: [],
    moderation: {},
    reset: () => {
      model.moderations.length = 0;
      model.moderation = {};
      model.maxInFlight = 0;
      queue.length = 0;
      requests.length = 0;
      model.fallback = { text: 'OK.' };
      model.latencyMs = 0;
    },
    close: async () => {
      for (const res of open) res.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };

  const server = createServer(async (req, res) => {
    if (req.method === 'POST' && req.url?.endsWith('/moderations')) {
      open.add(res);
      res.once('close', () => open.delete(res));
      const { input } = JSON.parse(await readBody(req)) as { input: string };
      model.moderations.push(input);
      const { flag = [], delayMs = 0, status = 200 } = model.moderation;
      if (delayMs) await sleep(delayMs);
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json' });
      const names = ['self-harm', 'self-harm/intent', 'self-harm/instructions', 'violence', 'harassment'];
      const categories = Object.fromEntries(names.map((n) => [n, flag.includes(n)]));
      res.end(
        JSON.stringify(
          status === 200
            ? {
                id: 'modr-1',
                model: 'omni-moderation-latest',
                results: [{ flagged: flag.length > 0, categories }],
              }
            : { error: { message: `scripted ${status}` } },
        ),
      );
      return;
    }
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    open.add(res);
    inFlight++;
    model.maxInFlight = Math.max(model.maxInFlight, inFlight);
    res.once('close', () => {
      open.delete(res);
      inFlight--;
    });
    const raw = await readBody(req);
    const request = { ...(JSON.parse(raw) as Omit<ModelRequest, 'bytes'>), bytes: Buffer.byteLength(raw) };
    const index = requests.push(request) - 1;
    let script = queue.shift() ?? model.fallback;
    while (typeof script === 'function') script = script(request, index);
    if (model.latencyMs) await sleep(model.latencyMs);
    const id = `chatcmpl-${++counter}`;

    if ('status' in script) {
      res.writeHead(script.status, { 'content-type': 'application/json', ...script.headers });
      res.end(
        JSON.stringify(
          script.body ?? { error: { message: `scripted ${script.status}`, type: 'server_error' } },
        ),
      );
      return;
    }
    if ('stall' in script && script.stall === 'headers') return; // never answers; the client times out
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    sse(res, chunk(id, { role: 'assistant', content: '' }));

    if ('stall' in script) {
      for (const part of split(script.text ?? '', 8)) sse(res, chunk(id, { content: part }));
      return; // silent from here on
    }
    if ('cut' in script) {
      for (const part of split(script.cut, 8)) sse(res, chunk(id, { content: part }));
      await sleep(20);
      res.socket?.destroy();
      return;
    }
    if ('tools' in script) {
      if (script.text) sse(res, chunk(id, { content: script.text }));
      const calls = script.tools.map((c, i) => ({
        id: c.id ?? `call_${counter}_${i}`,
        name: c.name,
        args: typeof c.arguments === 'string' ? c.arguments : JSON.stringify(c.arguments),
      }));
      // Announce every call, then interleave their argument fragments, as parallel calls stream.
      calls.forEach((c, i) => {
        sse(
          res,
          chunk(id, {
            tool_calls: [{ index: i, id: c.id, type: 'function', function: { name: c.name, arguments: '' } }],
          }),
        );
      });
      const fragments = calls.map((c) => split(c.args, 12));
      const longest = Math.max(0, ...fragments.map((f) => f.length));
      for (let k = 0; k < longest; k++) {
        fragments.forEach((f, i) => {
          if (f[k] !== undefined)
            sse(res, chunk(id, { tool_calls: [{ index: i, function: { arguments: f[k] } }] }));
        });
      }
      sse(res, chunk(id, {}, 'tool_calls'));
    } else {
      for (const part of split(script.text, script.chunkSize ?? 6)) {
        if (script.delayMs) await sleep(script.delayMs);
        sse(res, chunk(id, { content: part }));
      }
      sse(res, chunk(id, {}, 'stop'));
    }
    res.write('data: [DONE]\n\n');
    res.end();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  model.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return model;
}

/** The tool results the assistant sent back in a request, by tool call id, parsed. */
// biome-ignore lint/suspicious/noExplicitAny: tool results are arbitrary JSON.
export function toolResults(request: ModelRequest): Map<string, any> {
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  const out = new Map<string, any>();
  for (const m of request.messages) if (m.role === 'tool') out.set(m.tool_call_id, JSON.parse(m.content));
  return out;
}
