/**
 * A small static server for the built site, used by `npm start`, the
 * browser tests and the benchmark. It sends the same security headers and
 * MIME types as the generated web.config and nginx block, serves the 404
 * page with status 404, ignores query strings and can mount the site under
 * a base path.
 *
 *   tsx scripts/serve.ts [--dir dist] [--port 4321] [--host localhost] [--base /] [--no-gzip]
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { MIME_TYPES, SECURITY_HEADERS } from '../src/lib/hosting/headers';
import { normaliseBase } from '../src/lib/hosting/server-config';

interface Options {
  dir: string;
  port: number;
  host: string;
  base: string;
  gzip: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const value = (flag: string, fallback: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 && argv[at + 1] ? (argv[at + 1] as string) : fallback;
  };
  return {
    dir: path.resolve(value('--dir', 'dist')),
    port: Number(value('--port', '4321')),
    host: value('--host', 'localhost'),
    base: normaliseBase(value('--base', process.env['KB_BASE'] ?? '/')),
    gzip: !argv.includes('--no-gzip'),
  };
}

const STANDARD_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.config': 'application/xml',
};
const TYPES: Record<string, string> = { ...STANDARD_TYPES, ...Object.fromEntries(MIME_TYPES) };
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.svg', '.txt']);

async function resolveFile(root: string, relative: string): Promise<{ file: string; redirect?: string } | undefined> {
  const candidate = path.join(root, relative);
  if (!candidate.startsWith(root)) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isDirectory()) {
      if (!relative.endsWith('/') && relative !== '') return { file: '', redirect: `${relative}/` };
      const index = path.join(candidate, 'index.html');
      await stat(index);
      return { file: index };
    }
    return { file: candidate };
  } catch {
    return undefined;
  }
}

async function send(request: IncomingMessage, response: ServerResponse, options: Options, file: string, status: number) {
  const extension = path.extname(file).toLowerCase();
  let body: Buffer = await readFile(file);
  const headers: Record<string, string> = Object.fromEntries(SECURITY_HEADERS);
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

export function startServer(options: Options) {
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const pathname = decodeURIComponent(url.pathname);
      if (!pathname.startsWith(options.base) && `${pathname}/` !== options.base) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...Object.fromEntries(SECURITY_HEADERS) });
        response.end(`Not found. The guide is served under ${options.base}`);
        return;
      }
      const relative = pathname.slice(options.base.length);
      const found = await resolveFile(options.dir, relative);
      if (found?.redirect !== undefined) {
        response.writeHead(301, { Location: options.base + found.redirect + url.search });
        response.end();
      } else if (found) {
        await send(request, response, options, found.file, 200);
      } else {
        await send(request, response, options, path.join(options.dir, '404.html'), 404);
      }
    })().catch((error: unknown) => {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`Server error: ${String(error)}`);
    });
  });
  server.listen(options.port, options.host, () => {
    console.log(`Serving ${options.dir} at http://${options.host}:${options.port}${options.base}`);
  });
  return server;
}

startServer(parseArgs(process.argv.slice(2)));
