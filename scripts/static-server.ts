/**
 * The static server behind `npm start`, the browser tests and the benchmark.
 * It sends the same security headers and MIME types as the generated
 * web.config and nginx block on every response (errors and redirects
 * included), serves the 404 page with status 404, ignores query strings,
 * can mount the site under a base path, and answers only GET and HEAD.
 *
 * Paths are confined to the root after symlinks are resolved, redirects are
 * built from the normalised path only (never a Location that another host
 * could be read from), and web.config is never served.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { MIME_TYPES, SECURITY_HEADERS } from '../src/lib/hosting/headers';

export interface StaticServerOptions {
  /** Absolute path of the built site. */
  readonly dir: string;
  /** Base path the site is mounted under, with leading and trailing slash. */
  readonly base: string;
  readonly gzip: boolean;
}

const STANDARD_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};
const TYPES: Record<string, string> = { ...STANDARD_TYPES, ...Object.fromEntries(MIME_TYPES) };
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt']);
const ALLOWED_METHODS = new Set(['GET', 'HEAD']);
/** Files in the output folder that are server configuration, not content. */
const NEVER_SERVED = new Set(['web.config']);

type Resolution = { kind: 'file'; file: string } | { kind: 'redirect'; relative: string } | { kind: 'missing' };

function securityHeaders(): Record<string, string> {
  return Object.fromEntries(SECURITY_HEADERS);
}

function isInside(root: string, candidate: string): boolean {
  return candidate === root || candidate.startsWith(root + path.sep);
}

/** The decoded request path, or undefined when its percent-encoding is malformed or it holds a NUL. */
export function decodeRequestPath(rawUrl: string): string | undefined {
  const pathname = new URL(rawUrl, 'http://localhost').pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  return path.posix.normalize(decoded);
}

/** A Location value on this origin: one leading slash, never `//` or `/\`, percent-encoded. */
export function sameOriginLocation(pathname: string): string {
  const single = `/${pathname.replace(/^[/\\]+/, '')}`;
  return encodeURI(single).replace(/\\/g, '%5C');
}

async function resolveFile(root: string, relative: string): Promise<Resolution> {
  const segments = relative.split('/').filter((segment) => segment !== '');
  const last = segments.at(-1)?.toLowerCase();
  if (last !== undefined && NEVER_SERVED.has(last)) return { kind: 'missing' };
  const candidate = path.resolve(root, ...segments);
  if (!isInside(root, candidate)) return { kind: 'missing' };
  try {
    const real = await realpath(candidate);
    if (!isInside(root, real)) return { kind: 'missing' };
    const info = await stat(real);
    if (info.isDirectory()) {
      if (relative !== '' && !relative.endsWith('/')) return { kind: 'redirect', relative: `${relative}/` };
      const index = await realpath(path.join(real, 'index.html'));
      if (!isInside(root, index)) return { kind: 'missing' };
      return { kind: 'file', file: index };
    }
    return { kind: 'file', file: real };
  } catch {
    return { kind: 'missing' };
  }
}

function sendText(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
  const body = Buffer.from(text, 'utf8');
  response.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-cache',
    ...extra,
  });
  response.end(body);
}

async function sendFile(request: IncomingMessage, response: ServerResponse, options: StaticServerOptions, file: string, status: number) {
  const extension = path.extname(file).toLowerCase();
  let body: Buffer = await readFile(file);
  const headers = securityHeaders();
  headers['Content-Type'] = TYPES[extension] ?? 'application/octet-stream';
  headers['Cache-Control'] = file.includes(`${path.sep}_astro${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
  const acceptsGzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  if (options.gzip && acceptsGzip && COMPRESSIBLE.has(extension)) {
    body = gzipSync(body);
    headers['Content-Encoding'] = 'gzip';
    headers['Vary'] = 'Accept-Encoding';
  }
  headers['Content-Length'] = String(body.length);
  response.writeHead(status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

async function handle(request: IncomingMessage, response: ServerResponse, options: StaticServerOptions, root: string) {
  if (!ALLOWED_METHODS.has(request.method ?? '')) {
    sendText(response, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    return;
  }
  const pathname = decodeRequestPath(request.url ?? '/');
  if (pathname === undefined) {
    sendText(response, 400, 'Bad request: the address is not valid percent-encoding.');
    return;
  }
  if (!pathname.startsWith(options.base) && `${pathname}/` !== options.base) {
    sendText(response, 404, `Not found. The guide is served under ${options.base}`);
    return;
  }
  const relative = pathname.slice(options.base.length);
  const found = await resolveFile(root, relative);
  if (found.kind === 'redirect') {
    const query = new URL(request.url ?? '/', 'http://localhost').search;
    response.writeHead(301, {
      ...securityHeaders(),
      Location: sameOriginLocation(options.base + found.relative) + query,
      'Content-Length': '0',
    });
    response.end();
  } else if (found.kind === 'file') {
    await sendFile(request, response, options, found.file, 200);
  } else {
    await sendFile(request, response, options, path.join(root, '404.html'), 404);
  }
}

export async function createStaticServer(options: StaticServerOptions): Promise<Server> {
  const root = await realpath(options.dir);
  const server = createServer((request, response) => {
    handle(request, response, options, root).catch(() => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      sendText(response, 500, 'Server error.');
    });
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return;
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    const headers = Object.entries(securityHeaders())
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.end(`HTTP/1.1 ${status}\r\n${headers}Content-Length: 0\r\nConnection: close\r\n\r\n`);
  });
  return server;
}

/**
 * Stops the server on Ctrl+C (SIGINT) or SIGTERM and exits. Open keep-alive
 * connections from a browser would hold `close()` back, so they are closed too.
 */
export function stopOnSignals(server: Server): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  }
}
