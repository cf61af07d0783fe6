/**
 * IKEv2 policy match checker island. UI state only: what was pasted or picked
 * on each side. Parsing, comparison, grading and generation come from
 * src/lib/ipsec. The normalised values (never the pasted text) are kept in the
 * query string so a comparison can be shared; the query is read through
 * useSyncExternalStore so the server render and hydration agree.
 */
import { useId, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import '../../styles/tools/ikev2-policy.css';
import { comparePolicies, VERDICT_LABELS, type FieldStatus } from '../../lib/ipsec/compare';
import { CLIENT_XML_EXAMPLE, SERVER_OUTPUT_EXAMPLE } from '../../lib/ipsec/examples';
import { generateMatchingSide, generatePair, RECOMMENDED_PRESET, type Generated } from '../../lib/ipsec/generate';
import { GRADE_LABELS, gradePolicy, type Grade } from '../../lib/ipsec/grade';
import { parseClientInput } from '../../lib/ipsec/parse-client';
import { parseServerInput } from '../../lib/ipsec/parse-server';
import { INPUT_FORMAT_LABELS, type ParsedSide, type SidePolicy, type TransformValues } from '../../lib/ipsec/policy';
import { FIELD_INFO, TRANSFORM_FIELDS, TRANSFORM_VALUES, type TransformField } from '../../lib/ipsec/transforms';
import { decodeState, encodeState } from '../../lib/ipsec/url-state';
import { withBase } from '../../lib/site/url';
import { CopyButton } from './CopyButton';
import { IslandBoundary } from './IslandBoundary';

export interface Ikev2PolicyCheckerProps {
  /** The site's base path (`import.meta.env.BASE_URL`). */
  readonly base: string;
  /** Level of the island's headings. */
  readonly headingLevel?: 2 | 3;
  /** When false (guide embeds), the state is not read from or written to the URL. */
  readonly isUrlState?: boolean;
}

type Side = 'server' | 'client';

interface SideState {
  readonly source: 'paste' | 'pick';
  readonly text: string;
  readonly isDefault: boolean;
  readonly values: TransformValues;
}

interface CheckerState {
  readonly server: SideState;
  readonly client: SideState;
  readonly connectionName: string;
  readonly isAllUserConnection: boolean;
}

const DEFAULT_STATE: CheckerState = {
  server: { source: 'paste', text: SERVER_OUTPUT_EXAMPLE, isDefault: false, values: RECOMMENDED_PRESET.values },
  client: { source: 'paste', text: CLIENT_XML_EXAMPLE, isDefault: false, values: RECOMMENDED_PRESET.values },
  connectionName: 'Always On VPN',
  isAllUserConnection: false,
};

function subscribeToLocation(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
  };
}
const readSearch = () => window.location.search;
const readServerSearch = () => '';
const noSubscription = () => () => undefined;

function stateFromSearch(search: string): CheckerState | undefined {
  const shared = decodeState(search);
  if (!shared.server && !shared.client) return undefined;
  const side = (policy: SidePolicy | undefined, fallback: SideState): SideState =>
    policy
      ? {
          source: 'pick',
          text: fallback.text,
          isDefault: policy.mode === 'default',
          values: policy.mode === 'default' ? fallback.values : policy.values,
        }
      : fallback;
  return {
    server: side(shared.server, DEFAULT_STATE.server),
    client: side(shared.client, DEFAULT_STATE.client),
    connectionName: shared.connectionName ?? DEFAULT_STATE.connectionName,
    isAllUserConnection: shared.isAllUserConnection,
  };
}

function effectiveSide(state: SideState, side: Side): ParsedSide {
  if (state.source === 'paste') return side === 'server' ? parseServerInput(state.text) : parseClientInput(state.text);
  return {
    format: 'empty',
    policy: state.isDefault ? { mode: 'default', values: {} } : { mode: 'custom', values: state.values },
    notes: [],
  };
}

const STATUS_LABELS: Record<FieldStatus, string> = { match: 'Match', mismatch: 'Differs', missing: 'Not set' };
const GRADE_CLASS: Record<Grade, string> = {
  weak: 'kb-ikp__grade--weak',
  fair: 'kb-ikp__grade--fair',
  baseline: 'kb-ikp__grade--baseline',
  strong: 'kb-ikp__grade--strong',
};

function Heading({ level, id, children }: { level: 2 | 3 | 4; id: string; children: ReactNode }) {
  if (level === 2) return <h2 id={id}>{children}</h2>;
  if (level === 3) return <h3 id={id}>{children}</h3>;
  return <h4 id={id}>{children}</h4>;
}

function optionLabel(field: TransformField, id: string, side: Side): string {
  const entry = TRANSFORM_VALUES[field].find((value) => value.id === id);
  if (!entry || side === 'server') return id;
  if (entry.profilexml === undefined) return `${id} (cmdlet only, not in ProfileXML)`;
  if (entry.profilexml !== id) return `${id} (ProfileXML: ${entry.profilexml})`;
  return id;
}

function Ikev2PolicyCheckerTool({ base, headingLevel = 2, isUrlState = true }: Ikev2PolicyCheckerProps) {
  const idPrefix = `kb-ikp-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const search = useSyncExternalStore(
    isUrlState ? subscribeToLocation : noSubscription,
    isUrlState ? readSearch : readServerSearch,
    readServerSearch,
  );
  const [edited, setEdited] = useState<CheckerState | null>(null);
  const state = edited ?? stateFromSearch(search) ?? DEFAULT_STATE;
  const sub = (headingLevel + 1) as 2 | 3 | 4;

  const server = useMemo(() => effectiveSide(state.server, 'server'), [state.server]);
  const client = useMemo(() => effectiveSide(state.client, 'client'), [state.client]);
  const comparison = useMemo(() => comparePolicies(server.policy, client.policy), [server.policy, client.policy]);
  const clientOptions = { connectionName: state.connectionName, isAllUserConnection: state.isAllUserConnection };
  const shareQuery = encodeState({
    server: server.policy,
    client: client.policy,
    connectionName: state.connectionName,
    isAllUserConnection: state.isAllUserConnection,
  });
  const toolPath = withBase(base, '/tools/ikev2-policy/');
  const shareUrl =
    typeof window === 'undefined' ? `${toolPath}${shareQuery}` : `${window.location.origin}${window.location.pathname}${shareQuery}`;

  const apply = (next: CheckerState) => {
    setEdited(next);
    if (!isUrlState) return;
    const query = encodeState({
      server: effectiveSide(next.server, 'server').policy,
      client: effectiveSide(next.client, 'client').policy,
      connectionName: next.connectionName,
      isAllUserConnection: next.isAllUserConnection,
    });
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${query}${window.location.hash}`);
  };
  const updateSide = (side: Side, change: Partial<SideState>) => {
    apply({ ...state, [side]: { ...state[side], ...change } });
  };

  const renderSide = (side: Side, parsed: ParsedSide) => {
    const sideState = state[side];
    const title = side === 'server' ? 'RRAS server' : 'Client';
    const pasteLabel =
      side === 'server'
        ? 'Get-VpnServerConfiguration output or a Set-VpnServerConfiguration command'
        : 'ProfileXML (or its CryptographySuite), a Set-VpnConnectionIPsecConfiguration command, or IPsecCustomPolicy output';
    const graded = parsed.policy && parsed.policy.mode === 'custom' ? gradePolicy(parsed.policy.values) : undefined;
    return (
      <fieldset className="kb-ikp__side">
        <legend>{title}</legend>
        <div className="kb-ikp__source" role="radiogroup" aria-label={`${title}: input`}>
          {(['paste', 'pick'] as const).map((source) => (
            <label key={source} className="kb-ikp__choice">
              <input
                type="radio"
                name={`${idPrefix}-${side}-source`}
                value={source}
                checked={sideState.source === source}
                onChange={() => {
                  const values =
                    source === 'pick' && parsed.policy?.mode === 'custom'
                      ? { ...sideState.values, ...parsed.policy.values }
                      : sideState.values;
                  const isDefault = source === 'pick' && parsed.policy ? parsed.policy.mode === 'default' : sideState.isDefault;
                  updateSide(side, { source, values, isDefault });
                }}
              />{' '}
              {source === 'paste' ? 'Paste' : 'Pick values'}
            </label>
          ))}
        </div>
        {sideState.source === 'paste' ? (
          <div className="kb-ikp__field">
            <label htmlFor={`${idPrefix}-${side}-text`}>{pasteLabel}</label>
            <textarea
              id={`${idPrefix}-${side}-text`}
              className="kb-ikp__code"
              rows={10}
              value={sideState.text}
              spellCheck={false}
              autoCapitalize="off"
              autoCorrect="off"
              onChange={(event) => {
                updateSide(side, { text: event.target.value });
              }}
            />
            <p className="kb-ikp__muted">Read as: {INPUT_FORMAT_LABELS[parsed.format]}</p>
          </div>
        ) : (
          <div className="kb-ikp__picks">
            <label className="kb-ikp__choice">
              <input
                type="checkbox"
                checked={sideState.isDefault}
                onChange={(event) => {
                  updateSide(side, { isDefault: event.target.checked });
                }}
              />{' '}
              Windows defaults (no custom policy)
            </label>
            {TRANSFORM_FIELDS.map((field) => (
              <div className="kb-ikp__field" key={field}>
                <label htmlFor={`${idPrefix}-${side}-${field}`}>{FIELD_INFO[field].parameter}</label>
                <select
                  id={`${idPrefix}-${side}-${field}`}
                  value={sideState.values[field] ?? ''}
                  disabled={sideState.isDefault}
                  onChange={(event) => {
                    const chosen = event.target.value;
                    const values: TransformValues = {};
                    for (const key of TRANSFORM_FIELDS) {
                      const value = key === field ? chosen : sideState.values[key];
                      if (value !== undefined && value !== '') values[key] = value;
                    }
                    updateSide(side, { values });
                  }}
                >
                  <option value="">Not set</option>
                  {TRANSFORM_VALUES[field].map((entry) => (
                    <option key={entry.id} value={entry.id}>
                      {optionLabel(field, entry.id, side)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        )}
        {parsed.notes.length > 0 && (
          <ul className="kb-ikp__notes">
            {parsed.notes.map((note, index) => (
              <li key={`${note.message}-${index}`} className={`kb-ikp__note kb-ikp__note--${note.severity}`} data-severity={note.severity}>
                <span className="kb-ikp__note-label">
                  {note.severity === 'error' ? 'Error' : note.severity === 'warning' ? 'Warning' : 'Note'}
                </span>
                {note.line !== undefined ? ` (line ${note.line}${note.column !== undefined ? `, column ${note.column}` : ''})` : ''}:{' '}
                {note.message}
              </li>
            ))}
          </ul>
        )}
        <p className="kb-ikp__strength">
          Strength:{' '}
          {parsed.policy === undefined ? (
            'not read yet'
          ) : parsed.policy.mode === 'default' ? (
            <span className={`kb-ikp__grade ${GRADE_CLASS.weak}`}>Weak (Windows defaults: DES3, SHA1, DH group 2)</span>
          ) : graded ? (
            <span className={`kb-ikp__grade ${GRADE_CLASS[graded.overall]}`}>{GRADE_LABELS[graded.overall]}</span>
          ) : null}
        </p>
        {graded && graded.weaknesses.length > 0 && (
          <ul className="kb-ikp__weaknesses">
            {graded.weaknesses.map((weakness) => (
              <li key={weakness}>{weakness}</li>
            ))}
          </ul>
        )}
      </fieldset>
    );
  };

  const renderGenerated = (label: string, generated: Generated, key: string) => (
    <div className="kb-ikp__generated" key={key}>
      <label htmlFor={`${idPrefix}-${key}`} className="kb-ikp__label">
        {label}
      </label>
      {generated.ok ? (
        <>
          <textarea
            id={`${idPrefix}-${key}`}
            className="kb-ikp__code"
            readOnly
            rows={generated.text.split('\n').length + 1}
            value={generated.text}
            spellCheck={false}
          />
          <div className="kb-ikp__actions">
            <CopyButton text={generated.text} label={label} />
          </div>
        </>
      ) : (
        <p id={`${idPrefix}-${key}`} className="kb-ikp__problem">
          {generated.reason}
        </p>
      )}
    </div>
  );

  const matchingClient = server.policy ? generateMatchingSide(server.policy, clientOptions) : undefined;
  const matchingServer = client.policy ? generateMatchingSide(client.policy, clientOptions) : undefined;
  const recommended = generatePair(RECOMMENDED_PRESET.values, clientOptions);
  const verdictClass = comparison.predicts13868
    ? 'kb-ikp__verdict--fail'
    : comparison.verdict === 'match'
      ? 'kb-ikp__verdict--ok'
      : 'kb-ikp__verdict--neutral';

  return (
    <div className="kb-ikp">
      <div className="kb-ikp__sides">
        {renderSide('server', server)}
        {renderSide('client', client)}
      </div>

      <section className={`kb-ikp__verdict ${verdictClass}`} aria-labelledby={`${idPrefix}-verdict`}>
        <Heading level={headingLevel} id={`${idPrefix}-verdict`}>
          Verdict
        </Heading>
        <p role="status" aria-live="polite" className="kb-ikp__headline">
          <strong>{VERDICT_LABELS[comparison.verdict]}.</strong> {comparison.headline}
        </p>
        {comparison.details.map((detail) => (
          <p key={detail}>{detail}</p>
        ))}
        {comparison.predicts13868 && (
          <p>
            See <a href={withBase(base, '/errors/13868/')}>error 13868</a> for the symptoms and logs.
          </p>
        )}
      </section>

      <section aria-labelledby={`${idPrefix}-table`}>
        <Heading level={headingLevel} id={`${idPrefix}-table`}>
          Transform by transform
        </Heading>
        {/* A scrolling region must take focus so keyboard users can scroll it (axe scrollable-region-focusable). */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
        <div className="kb-table" role="region" tabIndex={0} aria-labelledby={`${idPrefix}-table`}>
          <table className="kb-ikp__table">
            <caption className="kb-visually-hidden">Server and client transforms compared</caption>
            <thead>
              <tr>
                <th scope="col">Transform</th>
                <th scope="col">Protects</th>
                <th scope="col">Server</th>
                <th scope="col">Client</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {comparison.rows.map((row) => (
                <tr key={row.field} data-field={row.field} data-status={row.status}>
                  <th scope="row">{FIELD_INFO[row.field].parameter}</th>
                  <td>{row.phase}</td>
                  <td>{server.policy?.mode === 'default' ? 'Default' : (row.server ?? 'Not set')}</td>
                  <td>
                    {client.policy?.mode === 'default' ? 'Default' : (row.client ?? 'Not set')}
                    {row.clientXmlSpelling ? <span className="kb-ikp__muted"> (ProfileXML: {row.clientXmlSpelling})</span> : null}
                  </td>
                  <td className={`kb-ikp__status kb-ikp__status--${row.status}`}>
                    {server.policy?.mode === 'default' || client.policy?.mode === 'default' ? 'See verdict' : STATUS_LABELS[row.status]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby={`${idPrefix}-generate`}>
        <Heading level={headingLevel} id={`${idPrefix}-generate`}>
          Generated configuration
        </Heading>
        <div className="kb-ikp__connection">
          <div className="kb-ikp__field">
            <label htmlFor={`${idPrefix}-connection`}>Client connection name (for the PowerShell commands)</label>
            <input
              id={`${idPrefix}-connection`}
              type="text"
              value={state.connectionName}
              autoComplete="off"
              onChange={(event) => {
                apply({ ...state, connectionName: event.target.value });
              }}
            />
          </div>
          <label className="kb-ikp__choice">
            <input
              type="checkbox"
              checked={state.isAllUserConnection}
              onChange={(event) => {
                apply({ ...state, isAllUserConnection: event.target.checked });
              }}
            />{' '}
            All-user connection or device tunnel (adds -AllUserConnection)
          </label>
        </div>

        <Heading level={sub} id={`${idPrefix}-match-client`}>
          Make the client match this server
        </Heading>
        {matchingClient ? (
          <>
            {renderGenerated('Client ProfileXML CryptographySuite', matchingClient.clientXml, 'match-client-xml')}
            {renderGenerated('Client PowerShell', matchingClient.clientPowerShell, 'match-client-ps')}
          </>
        ) : (
          <p className="kb-ikp__muted">Paste or pick the server policy first.</p>
        )}

        <Heading level={sub} id={`${idPrefix}-match-server`}>
          Make the server match this client
        </Heading>
        {matchingServer ? (
          renderGenerated('Server command', matchingServer.serverCommand, 'match-server')
        ) : (
          <p className="kb-ikp__muted">Paste or pick the client policy first.</p>
        )}

        <Heading level={sub} id={`${idPrefix}-recommended`}>
          Recommended strong pair
        </Heading>
        <p>{RECOMMENDED_PRESET.description} The policy takes effect on the server after the RemoteAccess service restarts.</p>
        {renderGenerated('Recommended server command', recommended.serverCommand, 'rec-server')}
        {renderGenerated('Recommended client ProfileXML', recommended.clientXml, 'rec-client-xml')}
        {renderGenerated('Recommended client PowerShell', recommended.clientPowerShell, 'rec-client-ps')}
      </section>

      {isUrlState && (
        <section aria-labelledby={`${idPrefix}-share`}>
          <Heading level={headingLevel} id={`${idPrefix}-share`}>
            Share this comparison
          </Heading>
          <p>
            The link holds only the normalised values of both sides (and the connection name), never the text you pasted.{' '}
            <a href={`${toolPath}${shareQuery}`}>Link to this comparison</a>
          </p>
          <CopyButton text={shareUrl} label="link to this comparison" />
        </section>
      )}
    </div>
  );
}

/** The island: the tool inside the error boundary every island shares. */
export default function Ikev2PolicyChecker(props: Ikev2PolicyCheckerProps) {
  return (
    <IslandBoundary tool="IKEv2 policy checker">
      <Ikev2PolicyCheckerTool {...props} />
    </IslandBoundary>
  );
}
