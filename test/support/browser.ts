// A browser over HTTP for tests: a cookie jar per host and path (Keycloak scopes its cookies to
// each realm's path), manual redirects, and HTML forms read off the page. Enough to drive
// Keycloak's real login pages.
import { connect } from 'node:net';
import { Agent } from 'undici';

export type Page = { url: string; status: number; body: string; headers: Headers };
type Cookie = { name: string; value: string; path: string; expiresAt?: number };

export type BrowserOptions = {
  // Sent to Keycloak as X-Forwarded-For (with X-Forwarded-Proto: https), as the TLS-terminating
  // reverse proxy in front of it would (this test process runs on 127.0.0.1, which is Keycloak's
  // configured trusted proxy).
  forwardedFor?: string;
  // Connect from another loopback address (e.g. 127.0.0.2, which Keycloak does not trust).
  localAddress?: string;
  // Connect to another server than the URL names ("127.0.0.1:8480" → "127.0.0.1:8280"), the URL and
  // Host header unchanged: one instance behind a load balancer, as if the balancer had chosen it.
  pinnedTo?: Record<string, string>;
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export class Browser {
  private readonly jar = new Map<string, Map<string, Cookie>>();
  readonly setCookieHeaders: { host: string; header: string }[] = [];
  private dispatcher?: Agent;

  constructor(private options: BrowserOptions = {}) {
    this.dispatcher = this.connectorFor(options);
  }

  // undici ignores a localAddress option and knows no pinning; a connector of our own does both.
  private connectorFor({ localAddress, pinnedTo }: BrowserOptions): Agent | undefined {
    if (!localAddress && !pinnedTo) return undefined;
    const connector = (
      target: { hostname: string; port: string },
      callback: (err: Error | null, socket: unknown) => void,
    ) => {
      const [host, port] = (
        pinnedTo?.[`${target.hostname}:${target.port}`] ?? `${target.hostname}:${target.port}`
      ).split(':');
      const socket = connect({ host, port: Number(port), localAddress });
      socket.once('connect', () => callback(null, socket)).once('error', (err) => callback(err, null));
    };
    return new Agent({ connect: connector as never });
  }

  // The same browser (its cookies) from now on talking to other servers behind the same URLs.
  pinTo(pinnedTo: Record<string, string>): void {
    this.options = { ...this.options, pinnedTo };
    void this.dispatcher?.close();
    this.dispatcher = this.connectorFor(this.options);
  }

  // The same browser (its cookies) from now on behind another client address, e.g. on a trip abroad.
  travelTo(forwardedFor: string): void {
    this.options = { ...this.options, forwardedFor };
  }

  cookie(host: string, name: string): string | undefined {
    return [...(this.jar.get(host)?.values() ?? [])].find((c) => c.name === name)?.value;
  }

  private remember(url: URL, response: Response) {
    for (const header of response.headers.getSetCookie()) {
      this.setCookieHeaders.push({ host: url.host, header });
      const [pair, ...attributes] = header.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      const maxAge = attributes.map((a) => /^\s*max-age=(-?\d+)/i.exec(a)).find(Boolean);
      const expires = attributes.map((a) => /^\s*expires=(.+)$/i.exec(a)).find(Boolean);
      const path = attributes.map((a) => /^\s*path=(\S*)/i.exec(a)).find(Boolean)?.[1] || '/';
      const expiresAt = maxAge ? Date.now() + Number(maxAge[1]) * 1000 : expires ? Date.parse(expires[1]!) : undefined;
      const cookies = this.jar.get(url.host) ?? new Map<string, Cookie>();
      if (expiresAt !== undefined && expiresAt <= Date.now()) cookies.delete(`${path} ${name}`);
      else cookies.set(`${path} ${name}`, { name, value, path, expiresAt });
      this.jar.set(url.host, cookies);
    }
  }

  private cookieHeader(url: URL): string {
    const cookies = this.jar.get(url.host);
    if (!cookies) return '';
    const inScope = (c: Cookie) =>
      url.pathname === c.path || url.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`);
    return [...cookies.values()]
      .filter((c) => (!c.expiresAt || c.expiresAt > Date.now()) && inScope(c))
      .sort((a, b) => b.path.length - a.path.length)
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  async request(
    method: string,
    url: string,
    options: { form?: Record<string, string>; body?: string; headers?: Record<string, string>; follow?: boolean } = {},
  ): Promise<Page> {
    let current = new URL(url);
    let init: RequestInit = { method, body: options.form ? new URLSearchParams(options.form) : options.body };
    for (let hop = 0; hop < 15; hop++) {
      const headers: Record<string, string> = { ...options.headers, cookie: this.cookieHeader(current) };
      // As a browser does on every unsafe request: the page that sends it is of the target's origin
      // (a test sending a foreign Origin says so in its headers).
      if (!SAFE_METHODS.has(String(init.method)) && headers.origin === undefined) headers.origin = current.origin;
      if (this.options.forwardedFor && current.href.startsWith(process.env.KEYCLOAK_URL!)) {
        headers['x-forwarded-for'] = this.options.forwardedFor;
        headers['x-forwarded-proto'] = 'https';
      }
      if (init.body instanceof URLSearchParams) headers['content-type'] = 'application/x-www-form-urlencoded';
      const response = await fetch(current, {
        ...init,
        headers,
        redirect: 'manual',
        ...(this.dispatcher ? { dispatcher: this.dispatcher } : {}),
      } as RequestInit);
      this.remember(current, response);
      const location = response.headers.get('location');
      if (options.follow !== false && location && response.status >= 300 && response.status < 400) {
        current = new URL(location, current);
        init = { method: 'GET' };
        continue;
      }
      return { url: current.href, status: response.status, body: await response.text(), headers: response.headers };
    }
    throw new Error('too many redirects');
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request('GET', url, { headers });
  }

  post(url: string, form: Record<string, string>) {
    return this.request('POST', url, { form });
  }
}

const decode = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

export type Form = { id: string; action: string; fields: Record<string, string> };

// The page's forms with their action and the values of their inputs.
export function formsOf(page: Page): Form[] {
  return [...page.body.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)].map(([, attributes, inner]) => {
    const id = /\bid="([^"]*)"/.exec(attributes!)?.[1] ?? '';
    const action = decode(/\baction="([^"]*)"/.exec(attributes!)?.[1] ?? page.url);
    const fields: Record<string, string> = {};
    for (const [input] of inner!.matchAll(/<input\b[^>]*>/gi)) {
      const name = /\bname="([^"]*)"/.exec(input)?.[1];
      if (name) fields[name] = decode(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? '');
    }
    return { id, action: new URL(action, page.url).href, fields };
  });
}

// The message Keycloak shows above or under the form (error, warning, info).
export function feedbackOf(page: Page): string {
  const match =
    /<span[^>]*class="[^"]*kc-feedback-text[^"]*"[^>]*>([\s\S]*?)<\/span>/.exec(page.body) ??
    /<span id="input-error"[^>]*>([\s\S]*?)<\/span>/.exec(page.body) ??
    /class="[^"]*(?:pf-v5-c-alert__title|alert-error)[^"]*"[^>]*>([\s\S]*?)<\//.exec(page.body) ??
    /id="kc-error-message"[^>]*>[\s\S]*?<p[^>]*>([\s\S]*?)<\/p>/.exec(page.body);
  return match ? decode(match[1]!.replace(/<[^>]+>/g, '')).trim() : '';
}
