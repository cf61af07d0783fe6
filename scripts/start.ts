/**
 * `npm start`: builds the guide and its search index, then serves the build
 * on http://localhost:4321/ with the production headers.
 *
 * The build's page-by-page log is replaced by one progress line (the whole
 * log is printed if the build fails). npm runs this file in a single Node
 * process (`node --import tsx`, no tsx wrapper): the build is a child this
 * process stops when it is stopped, and the server runs in this process, so
 * Ctrl+C or a SIGTERM to npm leaves nothing listening.
 *
 *   node --import tsx scripts/start.ts [--port 4321] [--host localhost]
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseBase } from '../src/lib/hosting/server-config';
import { BUILD_STARTED, describeProgress, readBuildLine, stripColours, type BuildProgress } from './build-progress';
import { createStaticServer, stopOnSignals } from './static-server';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const value = (flag: string, fallback: string) => {
  const at = argv.indexOf(flag);
  return at >= 0 && argv[at + 1] ? (argv[at + 1] as string) : fallback;
};
const port = Number(value('--port', '4321'));
const host = value('--host', 'localhost');
const base = normaliseBase(process.env['KB_BASE'] ?? '/');
const dir = path.resolve(root, process.env['KB_OUT_DIR'] ?? 'dist');
const isTerminal = process.stdout.isTTY;

// A SIGTERM to npm reaches the shell npm runs this script in, and the shell
// exits without passing it on: this process is then handed to another
// parent. Stop with it (the build, or the server and its port). (Ctrl+C in a terminal
// signals the whole process group, so it stops this process directly.)
const parentAtStart = process.ppid;
setInterval(() => {
  if (process.ppid !== parentAtStart) process.kill(process.pid, 'SIGTERM');
}, 1000).unref();

function show(line: string): void {
  // On a terminal the line is rewritten in place; in a log, each phase gets one line.
  if (isTerminal) process.stdout.write(`\r\x1b[2K${line}`);
  else console.log(line);
}

function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/astro.js'), 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stopBuild = () => child.kill('SIGTERM');
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, stopBuild);
    const log: string[] = [];
    let progress: BuildProgress = BUILD_STARTED;
    let pending = '';
    const read = (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        log.push(stripColours(line));
        const next = readBuildLine(progress, line);
        const isNewPhase = next.phase !== progress.phase && (isTerminal || next.phase !== 'rendering');
        if (isNewPhase || (isTerminal && next.pages !== progress.pages)) show(describeProgress(next));
        progress = next;
      }
    };
    show(describeProgress(progress));
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      for (const name of ['SIGINT', 'SIGTERM'] as const) process.off(name, stopBuild);
      if (isTerminal) process.stdout.write('\n');
      if (signal) {
        process.exit(130);
      } else if (code === 0) {
        resolve();
      } else {
        console.error([...log, pending].join('\n'));
        reject(new Error(`The build failed (exit code ${code ?? 'unknown'}); its output is above.`));
      }
    });
  });
}

try {
  await build();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const server = await createStaticServer({ dir, base, gzip: true });
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is already in use: stop the other server or run npm start -- --port <another port>.`
      : error.message,
  );
  process.exit(1);
});
stopOnSignals(server);
server.listen(port, host, () => {
  console.log(`\nThe guide is ready at http://${host}:${port}${base}\nCtrl+C to stop.`);
});
