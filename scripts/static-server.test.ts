import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../src/lib/hosting/headers';
import { createStaticServer } from './static-server';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let workspace = '';
let server: Server;
let port = 0;

/** Sends the raw request target as given, so percent-encoding reaches the server untouched. */
function send(target: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ host: '127.0.0.1', port, path: target, method }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () =>
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

function expectSecurityHeaders(reply: Reply) {
  for (const [name, value] of SECURITY_HEADERS) {
    expect(reply.headers[name.toLowerCase()], `${name} on a ${reply.status}`).toBe(value);
  }
}

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'kb-serve-'));
  const root = path.join(workspace, 'dist');
  await mkdir(path.join(root, 'guide'), { recursive: true });
  await mkdir(path.join(workspace, 'dist-secret'));
  await writeFile(path.join(root, 'index.html'), '<p>home</p>');
  await writeFile(path.join(root, '404.html'), '<p>missing</p>');
  await writeFile(path.join(root, 'guide', 'index.html'), '<p>guide</p>');
  await writeFile(path.join(root, 'web.config'), '<configuration/>');
  await writeFile(path.join(workspace, 'dist-secret', 'secret.txt'), 'secret');
  await writeFile(path.join(workspace, 'outside.txt'), 'outside');
  await symlink(path.join(workspace, 'outside.txt'), path.join(root, 'link.txt'));
  await symlink(path.join(workspace, 'dist-secret'), path.join(root, 'linked-dir'));
  server = await createStaticServer({ dir: root, base: '/', gzip: false });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(workspace, { recursive: true, force: true });
});

describe('createStaticServer', () => {
  it('serves pages inside the root with the security headers', async () => {
    const reply = await send('/guide/');
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('guide');
    expectSecurityHeaders(reply);
  });

  it.each([
    ['a sibling folder reached through an encoded slash', '/..%2fdist-secret/secret.txt'],
    ['a sibling folder reached through dot segments', '/../dist-secret/secret.txt'],
    ['a symlinked file that points outside the root', '/link.txt'],
    ['a symlinked folder that points outside the root', '/linked-dir/secret.txt'],
    ['the IIS configuration file', '/web.config'],
    ['the IIS configuration file in another case', '/Web.Config'],
  ])('answers 404 for %s', async (_label, target) => {
    const reply = await send(target);
    expect(reply.status).toBe(404);
    expect(reply.body).not.toContain('secret');
    expect(reply.body).not.toContain('outside');
    expect(reply.body).not.toContain('<configuration');
    expectSecurityHeaders(reply);
  });

  it.each([['/%2f127.0.0.1:4601%2f..%2fguide'], ['/%5c127.0.0.1:4601%2f..%2fguide'], ['//127.0.0.1:4601/../guide'], ['/guide']])(
    'keeps the redirect for %s on this origin',
    async (target) => {
      const reply = await send(target);
      if (reply.status === 301) {
        const location = String(reply.headers['location']);
        expect(location.startsWith('/')).toBe(true);
        expect(location).not.toMatch(/^\/[/\\]/);
        expect(new URL(location, 'http://origin.test/').host).toBe('origin.test');
      } else {
        expect(reply.status).toBe(404);
      }
      expectSecurityHeaders(reply);
    },
  );

  it('redirects a folder without its trailing slash to the folder', async () => {
    const reply = await send('/guide?q=1');
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe('/guide/?q=1');
  });

  it('answers 400 without internals for malformed percent-encoding', async () => {
    const reply = await send('/%E0%A4%A');
    expect(reply.status).toBe(400);
    expect(reply.body).not.toMatch(/URIError|at |stack/i);
    expectSecurityHeaders(reply);
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('answers %s with 405 and the allowed methods', async (method) => {
    const reply = await send('/', method);
    expect(reply.status).toBe(405);
    expect(reply.headers['allow']).toBe('GET, HEAD');
    expectSecurityHeaders(reply);
  });

  it('answers HEAD like GET without a body', async () => {
    const reply = await send('/', 'HEAD');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe('');
  });
});
