/** Runs the /selftest/ checks in the browser against the server this page came from. */
import { judgeSelfTestResponse, type SelfTestTarget } from '../lib/hosting/selftest';

const rows = document.querySelector<HTMLTableSectionElement>('[data-kb-selftest-rows]');
const summary = document.querySelector<HTMLElement>('[data-kb-selftest-summary]');
const base = (document.documentElement.dataset['kbBase'] ?? '/').replace(/\/?$/, '/');

function cell(text: string, className?: string): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

async function run(): Promise<void> {
  if (!rows || !summary) return;
  let targets: SelfTestTarget[];
  try {
    const response = await fetch(`${base}selftest-files.json`, { cache: 'no-store' });
    if (!response.ok) throw new Error(`status ${response.status}`);
    targets = (await response.json()) as SelfTestTarget[];
  } catch (error) {
    summary.textContent = `Could not read ${base}selftest-files.json (${String(error)}). Was the whole build output copied to the server?`;
    return;
  }
  let failures = 0;
  for (const target of targets) {
    const url = `${base}${target.path}`;
    let status = 0;
    let type = '';
    try {
      const response = await fetch(url, { cache: 'no-store' });
      status = response.status;
      type = response.headers.get('content-type') ?? '';
    } catch (error) {
      type = `network error: ${String(error)}`;
    }
    const verdict = judgeSelfTestResponse(target.kind, status, type);
    if (!verdict.isOk) failures += 1;
    const row = document.createElement('tr');
    row.dataset['kbSelftestKind'] = target.kind;
    row.dataset['kbSelftestOk'] = String(verdict.isOk);
    const result = cell(`${verdict.isOk ? 'Pass' : 'Fail'}: ${verdict.message}`, verdict.isOk ? 'kb-status--ok' : 'kb-status--fail');
    row.append(cell(target.purpose), cell(url), cell(`${status || '—'} ${type || '(no type)'}`), result);
    rows.append(row);
  }
  summary.textContent =
    failures === 0
      ? `All ${targets.length} checks passed: this server is configured correctly.`
      : `${failures} of ${targets.length} checks failed.`;
}

void run();
