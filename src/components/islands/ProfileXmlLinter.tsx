/**
 * ProfileXML linter and builder island. Holds only UI state (the pasted text,
 * the options, the mode); findings, normalised XML and exports come from
 * src/lib/profilexml. Nothing pasted leaves the page and nothing is stored in
 * the URL (profiles are too large and may be sensitive).
 */
import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import '../../styles/tools/profilexml.css';
import { lintProfileTextSafely } from '../../lib/profilexml/lint';
import { EXAMPLE_PROFILES } from '../../lib/profilexml/samples';
import { TARGET_LABELS, type CompanionTunnel, type DeploymentTarget, type LintOptions } from '../../lib/profilexml/types';
import { DEFAULT_BUILD, WINDOWS_BUILDS } from '../../lib/profilexml/windows-builds';
import { ProfileXmlBuilder } from './ProfileXmlBuilder';
import { ProfileXmlResults, type HeadingLevel } from './ProfileXmlResults';
import { IslandBoundary } from './IslandBoundary';

export interface ProfileXmlLinterProps {
  /** The site's base path (`import.meta.env.BASE_URL`), for guide links. */
  readonly base: string;
  /** Level of the island's headings: 2 on the tool page, deeper inside a guide section. */
  readonly headingLevel?: HeadingLevel;
  /** Example shown first. */
  readonly example?: 'problems' | 'user' | 'device';
  /** Mode shown first. */
  readonly initialMode?: Mode;
}

type Mode = 'check' | 'build';

const MODES: readonly { id: Mode; label: string }[] = [
  { id: 'check', label: 'Check a profile' },
  { id: 'build', label: 'Build a profile' },
];

const COMPANION_LABELS: Record<CompanionTunnel, string> = {
  unknown: 'Not sure',
  none: 'No, only this tunnel',
  deployed: 'Yes, both tunnels',
};

function ProfileXmlLinterTool({ base, headingLevel = 2, example = 'problems', initialMode = 'check' }: ProfileXmlLinterProps) {
  const idPrefix = `kb-pxl-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const initialText = EXAMPLE_PROFILES.find((candidate) => candidate.id === example)?.xml ?? '';
  const [mode, setMode] = useState<Mode>(initialMode);
  const [text, setText] = useState(initialText);
  const [target, setTarget] = useState<DeploymentTarget>('intune');
  const [build, setBuild] = useState(DEFAULT_BUILD);
  const [companion, setCompanion] = useState<CompanionTunnel>('unknown');
  const [profileNameEdit, setProfileNameEdit] = useState<string | null>(null);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  const deferredText = useDeferredValue(text);
  const options = useMemo<LintOptions>(() => ({ target, build, companionTunnel: companion }), [target, build, companion]);
  const report = useMemo(() => lintProfileTextSafely(deferredText, options), [deferredText, options]);
  const profileName = profileNameEdit ?? report.profileName ?? 'Always On VPN';

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = MODES.length - 1;
    let next: number | undefined;
    if (event.key === 'ArrowRight') next = index === last ? 0 : index + 1;
    if (event.key === 'ArrowLeft') next = index === 0 ? last : index - 1;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = last;
    if (next === undefined) return;
    event.preventDefault();
    const nextMode = MODES[next];
    if (!nextMode) return;
    setMode(nextMode.id);
    tabRefs.current[next]?.focus();
  };

  return (
    <div className="kb-pxl">
      <fieldset className="kb-pxl__options">
        <legend>Where the profile goes</legend>
        <div className="kb-pxl__field">
          <label htmlFor={`${idPrefix}-target`}>Deployment</label>
          <select
            id={`${idPrefix}-target`}
            value={target}
            onChange={(event) => {
              setTarget(event.target.value as DeploymentTarget);
            }}
          >
            {(Object.keys(TARGET_LABELS) as DeploymentTarget[]).map((key) => (
              <option key={key} value={key}>
                {TARGET_LABELS[key]}
              </option>
            ))}
          </select>
        </div>
        <div className="kb-pxl__field">
          <label htmlFor={`${idPrefix}-build`}>Oldest Windows version</label>
          <select
            id={`${idPrefix}-build`}
            value={build}
            onChange={(event) => {
              setBuild(Number(event.target.value));
            }}
          >
            {WINDOWS_BUILDS.map((entry) => (
              <option key={entry.build} value={entry.build}>
                {entry.label} ({entry.build})
              </option>
            ))}
          </select>
        </div>
        <div className="kb-pxl__field">
          <label htmlFor={`${idPrefix}-companion`}>Do these devices get both a device and a user tunnel?</label>
          <select
            id={`${idPrefix}-companion`}
            value={companion}
            onChange={(event) => {
              setCompanion(event.target.value as CompanionTunnel);
            }}
          >
            {(Object.keys(COMPANION_LABELS) as CompanionTunnel[]).map((key) => (
              <option key={key} value={key}>
                {COMPANION_LABELS[key]}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <div className="kb-tabs__list kb-pxl__tabs" role="tablist" aria-label="Mode">
        {MODES.map((entry, index) => (
          <button
            key={entry.id}
            ref={(element) => {
              tabRefs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${entry.id}`}
            className="kb-tabs__tab"
            aria-selected={mode === entry.id}
            aria-controls={`${idPrefix}-panel-${entry.id}`}
            tabIndex={mode === entry.id ? 0 : -1}
            onClick={() => {
              setMode(entry.id);
            }}
            onKeyDown={(event) => {
              onTabKeyDown(event, index);
            }}
          >
            {entry.label}
          </button>
        ))}
      </div>

      <div
        role="tabpanel"
        id={`${idPrefix}-panel-check`}
        aria-labelledby={`${idPrefix}-tab-check`}
        hidden={mode !== 'check'}
        className="kb-pxl__panel kb-pxl__panel--check"
      >
        <div className="kb-pxl__field">
          <label htmlFor={`${idPrefix}-input`}>ProfileXML, Intune OMA-URI value or PowerShell script</label>
          <p id={`${idPrefix}-input-hint`} className="kb-pxl__hint">
            Paste the profile as it is: plain XML, the escaped value of an Intune custom setting, or a script that embeds it. Nothing you
            paste leaves this page.
          </p>
          <textarea
            id={`${idPrefix}-input`}
            className="kb-pxl__code kb-pxl__input"
            rows={16}
            value={text}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            aria-describedby={`${idPrefix}-input-hint`}
            onChange={(event) => {
              setText(event.target.value);
            }}
          />
        </div>
        <div className="kb-pxl__actions">
          {EXAMPLE_PROFILES.map((entry) => (
            <button
              key={entry.id}
              type="button"
              className="kb-button kb-button--secondary"
              onClick={() => {
                setText(entry.xml);
                setProfileNameEdit(null);
              }}
            >
              Load example: {entry.label}
            </button>
          ))}
          <button
            type="button"
            className="kb-button kb-button--secondary"
            onClick={() => {
              setText('');
              setProfileNameEdit(null);
            }}
          >
            Clear
          </button>
        </div>
        <IslandBoundary tool="ProfileXML linter" resetKey={report} hint="Your text is kept above; edit it or clear it to try again.">
          <ProfileXmlResults
            report={report}
            base={base}
            target={target}
            profileName={profileName}
            onProfileNameChange={setProfileNameEdit}
            idPrefix={`${idPrefix}-check`}
            headingLevel={headingLevel}
          />
        </IslandBoundary>
      </div>

      <div
        role="tabpanel"
        id={`${idPrefix}-panel-build`}
        aria-labelledby={`${idPrefix}-tab-build`}
        hidden={mode !== 'build'}
        className="kb-pxl__panel"
      >
        {/* Both panels stay mounted so the builder keeps its form when the reader switches tabs. */}
        <ProfileXmlBuilder base={base} options={options} idPrefix={idPrefix} headingLevel={headingLevel} />
      </div>
    </div>
  );
}

/** The island: the tool inside the error boundary every island shares. */
export default function ProfileXmlLinter(props: ProfileXmlLinterProps) {
  return (
    <IslandBoundary tool="ProfileXML linter">
      <ProfileXmlLinterTool {...props} />
    </IslandBoundary>
  );
}
