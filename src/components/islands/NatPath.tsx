/**
 * NAT path visualizer island. Holds only UI state (the topology the reader
 * edits, the phase and message shown); everything else comes from
 * `simulatePath`. In "full" mode the topology lives in the query string: it is
 * read through useSyncExternalStore (the server render and the first client
 * render both use the default, so hydration matches) and rewritten with
 * history.replaceState on every change. In "embed" mode a preset drives it.
 */
import { useId, useMemo, useState, useSyncExternalStore } from 'react';
import '../../styles/tools/nat-path.css';
import {
  DEFAULT_TOPOLOGY,
  PRESETS,
  findPreset,
  parseTopologyQuery,
  serializeTopology,
  simulatePath,
  type Topology,
} from '../../lib/natpath';
import {
  PHASE_STATUS_LABELS,
  countTraceRows,
  describeStepTitle,
  describeVerdictAnnouncement,
  pickDefaultPhase,
  pickDefaultStep,
} from '../../lib/natpath/view-model';
import { withBase } from '../../lib/site/url';
import { NatPathDiagram } from './NatPathDiagram';
import { NatPathFindings } from './NatPathFindings';
import { NatPathForm } from './NatPathForm';
import { Heading, deeper, type HeadingLevel } from './NatPathHeading';
import { NatPathTrace } from './NatPathTrace';
import { NatPathVerdict } from './NatPathVerdict';
import { IslandBoundary } from './IslandBoundary';

export interface NatPathProps {
  /** The site's base path (`import.meta.env.BASE_URL`), for links. */
  readonly base: string;
  /** "full" for the tool page, "embed" for guide pages. */
  readonly mode?: 'full' | 'embed';
  /** Preset shown by an embed (ignored in full mode). */
  readonly preset?: string;
  /** Level of the island's top headings: 2 on the tool page, deeper inside a guide section. */
  readonly headingLevel?: HeadingLevel;
}

function subscribeToLocation(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
  };
}
const readSearch = () => window.location.search;
const readServerSearch = () => '';
const noSubscription = () => () => undefined;

function NatPathTool({ base, mode = 'full', preset, headingLevel = 2 }: NatPathProps) {
  const isEmbed = mode === 'embed';
  const idPrefix = `kb-natpath-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const search = useSyncExternalStore(
    isEmbed ? noSubscription : subscribeToLocation,
    isEmbed ? readServerSearch : readSearch,
    readServerSearch,
  );
  const [edited, setEdited] = useState<Topology | null>(null);
  const [phaseChoice, setPhaseChoice] = useState<string | null>(null);
  const [stepChoice, setStepChoice] = useState<string | null>(null);

  const presetEntry = preset === undefined ? null : findPreset(preset);
  const parsed = useMemo(() => parseTopologyQuery(search), [search]);
  const topology = edited ?? (isEmbed ? (presetEntry?.topology ?? DEFAULT_TOPOLOGY) : parsed.topology);
  const notices = isEmbed || edited !== null ? [] : parsed.notices;
  const result = useMemo(() => simulatePath(topology), [topology]);
  const query = serializeTopology(topology);

  const phase = result.phases.find((candidate) => candidate.id === phaseChoice && candidate.steps.length > 0) ?? pickDefaultPhase(result);
  const step = phase?.steps.find((candidate) => candidate.id === stepChoice) ?? pickDefaultStep(phase);
  const matchingPreset = PRESETS.find((candidate) => serializeTopology(candidate.topology) === query);

  const applyTopology = (next: Topology) => {
    setEdited(next);
    if (!isEmbed) {
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}?${serializeTopology(next)}${window.location.hash}`,
      );
    }
  };

  const sub = deeper(headingLevel);
  const hopLabels = new Map(result.hops.map((hop) => [hop.id, hop.label]));
  const serverCount = topology.edge === 'none' ? 1 : topology.servers;
  const toolHref = `${withBase(base, '/tools/nat-path/')}?${query}`;
  const findings = (
    <section className="kb-natpath__section" aria-labelledby={`${idPrefix}-findings-heading`}>
      <Heading level={headingLevel} id={`${idPrefix}-findings-heading`}>
        Findings
      </Heading>
      <NatPathFindings result={result} base={base} headingLevel={sub} isCompact={isEmbed} />
    </section>
  );

  return (
    <div className={isEmbed ? 'kb-natpath kb-natpath--embed' : 'kb-natpath'}>
      {isEmbed && presetEntry === null ? (
        <p className="kb-natpath__notice">Unknown scenario “{preset}”: showing the default path instead.</p>
      ) : null}
      {notices.length > 0 ? (
        <div className="kb-natpath__notice" role="status">
          <p>
            <strong>Some values in the address were not understood, so defaults were used:</strong>
          </p>
          <ul>
            {notices.map((notice) => (
              <li key={`${notice.param}-${notice.message}`}>{notice.message}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className={isEmbed ? 'kb-natpath__embed-head' : 'kb-natpath__workbench'}>
        {isEmbed ? (
          presetEntry ? (
            <p className="kb-natpath__embed-intro">
              <strong>{presetEntry.title}.</strong> {presetEntry.description}
            </p>
          ) : null
        ) : (
          <section className="kb-natpath__section" aria-labelledby={`${idPrefix}-form-heading`}>
            <Heading level={headingLevel} id={`${idPrefix}-form-heading`}>
              Describe the path
            </Heading>
            <div className="kb-natpath__field kb-natpath__preset">
              <label htmlFor={`${idPrefix}-preset`}>Start from a scenario</label>
              <select
                id={`${idPrefix}-preset`}
                value={matchingPreset?.id ?? ''}
                onChange={(event) => {
                  const chosen = findPreset(event.target.value);
                  if (chosen) applyTopology(chosen.topology);
                }}
              >
                <option value="">Your own path</option>
                {PRESETS.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.title}
                  </option>
                ))}
              </select>
            </div>
            <NatPathForm topology={topology} idPrefix={idPrefix} onChange={applyTopology} />
          </section>
        )}

        {/* The answer sits beside the inputs on wide screens and right under them on narrow ones. */}
        <div className="kb-natpath__outcome">
          <section className="kb-natpath__section" aria-labelledby={`${idPrefix}-verdict-heading`}>
            <Heading level={headingLevel} id={`${idPrefix}-verdict-heading`} className={isEmbed ? 'kb-natpath__sr-only' : undefined}>
              Result
            </Heading>
            <NatPathVerdict result={result} base={base} headingId={`${idPrefix}-verdict-label`} />
            <p className="kb-natpath__sr-only" role="status">
              {describeVerdictAnnouncement(result)}
            </p>
          </section>
          {isEmbed ? null : findings}
        </div>
      </div>

      <section className="kb-natpath__section" aria-labelledby={`${idPrefix}-diagram-heading`}>
        <Heading level={headingLevel} id={`${idPrefix}-diagram-heading`}>
          Packet path
        </Heading>
        <div className="kb-natpath__pickers">
          <fieldset className="kb-natpath__picker">
            <legend>Phase</legend>
            {result.phases
              .filter((candidate) => candidate.steps.length > 0)
              .map((candidate) => (
                <label key={candidate.id} className="kb-natpath__choice">
                  <input
                    type="radio"
                    name={`${idPrefix}-phase`}
                    value={candidate.id}
                    checked={candidate.id === phase?.id}
                    onChange={() => {
                      setPhaseChoice(candidate.id);
                      setStepChoice(null);
                    }}
                  />
                  <span>
                    {candidate.title} ({PHASE_STATUS_LABELS[candidate.status]})
                  </span>
                </label>
              ))}
          </fieldset>
          {phase ? (
            <fieldset className="kb-natpath__picker">
              <legend>Message</legend>
              {phase.steps.map((candidate) => (
                <label key={candidate.id} className="kb-natpath__choice">
                  <input
                    type="radio"
                    name={`${idPrefix}-step`}
                    value={candidate.id}
                    checked={candidate.id === step?.id}
                    onChange={() => {
                      setStepChoice(candidate.id);
                    }}
                  />
                  <span>{describeStepTitle(candidate)}</span>
                </label>
              ))}
            </fieldset>
          ) : null}
        </div>
        {phase ? <p className="kb-natpath__phase-summary">{phase.summary}</p> : null}
        {step ? (
          // The diagram scrolls sideways on narrow screens; keyboard users need to focus it to scroll (axe: scrollable-region-focusable).
          // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
          <div className="kb-natpath__diagram" tabIndex={0} role="region" aria-label="Diagram of the selected message">
            <NatPathDiagram result={result} step={step} idPrefix={`${idPrefix}-svg`} />
          </div>
        ) : null}
        {step && step.status === 'not-reached' ? (
          <p className="kb-natpath__phase-summary">
            This message is never sent, because an earlier one fails; the diagram shows the path it would take.
          </p>
        ) : null}
        {step && step.hops.some((view) => view.note !== null) ? (
          <ul className="kb-natpath__step-notes" aria-label="What happens to this message">
            {step.hops.map((view) =>
              view.note === null ? null : (
                <li key={view.hop} className={view.status === 'dropped' ? 'kb-natpath__step-note--dropped' : undefined}>
                  {view.hop === 'rras' && step.server !== null && serverCount > 1
                    ? `RRAS ${step.server}`
                    : (hopLabels.get(view.hop) ?? view.hop)}
                  : {view.status === 'dropped' ? 'dropped. ' : ''}
                  {view.note}
                </li>
              ),
            )}
          </ul>
        ) : null}
      </section>

      {isEmbed ? null : (
        <section className="kb-natpath__section" aria-labelledby={`${idPrefix}-trace-heading`}>
          <Heading level={headingLevel} id={`${idPrefix}-trace-heading`}>
            Packets by phase
          </Heading>
          {/* The per-device detail is long (a table per phase); it waits behind one click. Print opens every <details>. */}
          <details className="kb-natpath__trace-details">
            <summary>Show every message at every device ({countTraceRows(result)} rows)</summary>
            <NatPathTrace result={result} headingLevel={sub} />
          </details>
        </section>
      )}

      {isEmbed ? findings : null}

      {isEmbed ? (
        <p className="kb-natpath__open">
          <a href={toolHref}>Open this scenario in the NAT path visualizer</a>
        </p>
      ) : (
        <p className="kb-natpath__share">The address of this page now describes this path; copy it to share the result.</p>
      )}
    </div>
  );
}

/** The island: the tool inside the error boundary every island shares. */
export default function NatPath(props: NatPathProps) {
  return (
    <IslandBoundary tool="NAT path visualizer">
      <NatPathTool {...props} />
    </IslandBoundary>
  );
}
