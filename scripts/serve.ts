/**
 * Serves the built site (see static-server.ts for what it guarantees).
 *
 *   tsx scripts/serve.ts [--dir dist] [--port 4321] [--host localhost] [--base /] [--no-gzip]
 */
import path from 'node:path';
import { normaliseBase } from '../src/lib/hosting/server-config';
import { createStaticServer, stopOnSignals } from './static-server';

const argv = process.argv.slice(2);
const value = (flag: string, fallback: string) => {
  const at = argv.indexOf(flag);
  return at >= 0 && argv[at + 1] ? (argv[at + 1] as string) : fallback;
};
const dir = path.resolve(value('--dir', 'dist'));
const port = Number(value('--port', '4321'));
const host = value('--host', 'localhost');
const base = normaliseBase(value('--base', process.env['KB_BASE'] ?? '/'));

const server = await createStaticServer({ dir, base, gzip: !argv.includes('--no-gzip') });
server.listen(port, host, () => {
  console.log(`Serving ${dir} at http://${host}:${port}${base}  (Ctrl+C to stop)`);
});
stopOnSignals(server);
