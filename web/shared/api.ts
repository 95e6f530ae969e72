// The browser's API client, typed from the contract (app/contract.ts) — types only: no schema, no
// server code reaches the bundle. It holds no token: the session cookie goes along by itself.
// A 401 means the session ended (10 h, idle, logout elsewhere): back to the login, then back here.
import type { ENDPOINTS, EndpointSpec, PathParams, QueryParams, RequestBody, ResponseBody } from '../../app/contract';

type Endpoint = (typeof ENDPOINTS)[number];
type KeyOf<E> = E extends { method: infer M extends string; path: infer P extends string }
  ? `${Uppercase<M>} ${P}`
  : never;
export type EndpointKey = KeyOf<Endpoint>;
type ByKey<K extends EndpointKey> = Extract<Endpoint, { method: Lowercase<MethodOf<K>>; path: PathOf<K> }>;
type MethodOf<K> = K extends `${infer M} ${string}` ? M : never;
type PathOf<K> = K extends `${string} ${infer P}` ? P : never;

type Input<E extends EndpointSpec> = ([PathParams<E>] extends [never] ? object : { params: PathParams<E> }) &
  ([QueryParams<E>] extends [never] ? object : { query?: QueryParams<E> }) &
  ([RequestBody<E>] extends [never] ? object : { body: RequestBody<E> });

export type Answer<K extends EndpointKey> = ResponseBody<ByKey<K>>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function loginUrl(): string {
  return `/auth/login?returnTo=${encodeURIComponent(location.pathname + location.search)}`;
}

function urlOf(path: string, params: Record<string, string> = {}, query: Record<string, unknown> = {}): string {
  const filled = path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const search = new URLSearchParams(
    Object.entries(query).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])),
  ).toString();
  return `/api${filled}${search ? `?${search}` : ''}`;
}

// The raw answer, for the few endpoints whose body is not JSON (the login cards' PDF).
export async function requestRaw(key: EndpointKey, input: Record<string, unknown> = {}): Promise<Response> {
  const [method, path] = key.split(' ') as [string, string];
  const { params, query, body } = input as {
    params?: Record<string, string>;
    query?: Record<string, unknown>;
    body?: unknown;
  };
  const response = await fetch(urlOf(path, params, query), {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    location.assign(loginUrl());
    throw new ApiError(401, 'unauthenticated', 'session ended');
  }
  if (!response.ok) {
    const error = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
    throw new ApiError(response.status, error?.error?.code ?? 'error', error?.error?.message ?? response.statusText);
  }
  return response;
}

export async function request<K extends EndpointKey>(
  key: K,
  ...input: object extends Input<ByKey<K>> ? [Input<ByKey<K>>?] : [Input<ByKey<K>>]
): Promise<Answer<K>> {
  const response = await requestRaw(key, (input[0] ?? {}) as Record<string, unknown>);
  if (response.status === 204) return undefined as Answer<K>;
  return (await response.json()) as Answer<K>;
}
