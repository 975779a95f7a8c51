import { api } from './clients.ts';

export interface Operation {
  method: string;
  /** OpenAPI path, `{id}` style. */
  path: string;
  secured: boolean;
  hasBody: boolean;
  pathParams: string[];
}

/** Every operation the running server documents in /openapi.json (the route list drills sweep). */
export async function operations(url: string): Promise<Operation[]> {
  const doc = (await api(url, 'GET', '/openapi.json')).body as {
    paths: Record<string, Record<string, { security?: unknown[]; requestBody?: unknown }>>;
  };
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      out.push({
        method: method.toUpperCase(),
        path,
        secured: Array.isArray(op.security) && op.security.length > 0,
        hasBody: op.requestBody !== undefined,
        pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
      });
    }
  }
  return out;
}

/** The operation's path with every parameter set to `value`. */
export const fill = (op: Operation, value: string) => op.path.replace(/\{\w+\}/g, encodeURIComponent(value));
