/**
 * Renders a lint report: the count summary (announced), the findings (each
 * with data-rule and data-severity), the normalised XML and the export forms.
 * Pure rendering; the parent owns the state.
 */
import type { ReactNode } from 'react';
import { buildIntuneExport, buildWmiBridgeScript, validateProfileName } from '../../lib/profilexml/export';
import type { LintReport } from '../../lib/profilexml/lint';
import { SEVERITY_LABELS, type DeploymentTarget, type Severity } from '../../lib/profilexml/types';
import { withBase } from '../../lib/site/url';
import { CopyButton } from './CopyButton';

export type HeadingLevel = 2 | 3 | 4;

function Heading({ level, children, id }: { level: HeadingLevel; children: ReactNode; id?: string }) {
  if (level === 2) return <h2 id={id}>{children}</h2>;
  if (level === 3) return <h3 id={id}>{children}</h3>;
  return <h4 id={id}>{children}</h4>;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function describeCounts(report: LintReport): string {
  if (report.extraction.source === 'none') return report.extraction.description;
  if (report.parseError) return `The XML is not well-formed (line ${report.parseError.line}, column ${report.parseError.column}).`;
  const { error, warning, info } = report.counts;
  const tunnel = report.tunnel === 'device' ? 'device tunnel' : 'user tunnel';
  if (error + warning + info === 0) return `No findings: this ${tunnel} profile passes every check.`;
  return `${plural(error, 'error', 'errors')}, ${plural(warning, 'warning', 'warnings')} and ${plural(info, 'note', 'notes')} in this ${tunnel} profile.`;
}

function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

const SEVERITY_CLASS: Record<Severity, string> = {
  error: 'kb-pxl__finding--error',
  warning: 'kb-pxl__finding--warning',
  info: 'kb-pxl__finding--info',
};

export interface ProfileXmlResultsProps {
  readonly report: LintReport;
  readonly base: string;
  readonly target: DeploymentTarget;
  readonly profileName: string;
  readonly onProfileNameChange: (name: string) => void;
  readonly idPrefix: string;
  readonly headingLevel: HeadingLevel;
}

export function ProfileXmlResults({
  report,
  base,
  target,
  profileName,
  onProfileNameChange,
  idPrefix,
  headingLevel,
}: ProfileXmlResultsProps) {
  const sub = (headingLevel + 1) as HeadingLevel;
  const xml = report.normalizedXml;
  const tunnel = report.tunnel ?? 'user';
  const nameProblem = validateProfileName(profileName);
  const intune = xml === undefined ? undefined : buildIntuneExport(xml, profileName, tunnel);
  const script = xml === undefined ? undefined : buildWmiBridgeScript(xml, { profileName, tunnel, isConfigMgr: target === 'configmgr' });
  const lineNote = report.lineReference === 'decoded' ? ' Line numbers refer to the decoded profile, which is shown below.' : '';

  const intuneSection = intune && (
    <section className="kb-pxl__export" aria-labelledby={`${idPrefix}-intune`} key="intune">
      <Heading level={sub} id={`${idPrefix}-intune`}>
        Intune custom OMA-URI setting
      </Heading>
      <p>
        In the Intune admin center create a profile for Windows 10 and later from Templates › Custom, add an OMA-URI setting with these
        values and upload the XML file.
        {tunnel === 'device'
          ? ' Device tunnels use the ./Device path and are assigned to devices.'
          : ' User tunnels use the ./User path and are assigned to users.'}
      </p>
      <dl className="kb-pxl__fields">
        <dt>Name</dt>
        <dd>{intune.name}</dd>
        <dt>OMA-URI</dt>
        <dd className="kb-pxl__copy-row">
          <code className="kb-pxl__oma">{intune.omaUri}</code>
          <CopyButton text={intune.omaUri} label="OMA-URI" />
        </dd>
        <dt>Data type</dt>
        <dd>{intune.dataType}</dd>
        <dt>Value</dt>
        <dd className="kb-pxl__copy-row">
          <button
            type="button"
            className="kb-button kb-button--secondary"
            onClick={() => {
              downloadText(intune.fileName, intune.value, 'application/xml');
            }}
          >
            Download {intune.fileName}
          </button>
          <CopyButton text={intune.value} label="ProfileXML" />
        </dd>
      </dl>
    </section>
  );

  const scriptSection = script !== undefined && (
    <section className="kb-pxl__export" aria-labelledby={`${idPrefix}-script`} key="script">
      <Heading level={sub} id={`${idPrefix}-script`}>
        {target === 'configmgr' ? 'Configuration Manager script (WMI bridge)' : 'PowerShell script (WMI bridge)'}
      </Heading>
      <p>
        Creates the profile through the MDM_VPNv2_01 class of the WMI bridge. It must run as SYSTEM
        {tunnel === 'user' ? ' while the user who gets the tunnel is signed in' : ''}; the XML inside is already HTML-encoded as the bridge
        expects.
      </p>
      <label htmlFor={`${idPrefix}-script-text`} className="kb-pxl__label">
        WMI-bridge script
      </label>
      <textarea id={`${idPrefix}-script-text`} className="kb-pxl__code" readOnly rows={14} value={script} spellCheck={false} />
      <div className="kb-pxl__actions">
        <CopyButton text={script} label="PowerShell script" />
        <button
          type="button"
          className="kb-button kb-button--secondary"
          onClick={() => {
            downloadText(`New-${intune?.fileName.replace(/\.xml$/, '') ?? 'AovpnProfile'}.ps1`, script, 'text/plain');
          }}
        >
          Download script
        </button>
      </div>
    </section>
  );

  return (
    <div className="kb-pxl__results">
      <p className="kb-pxl__summary" role="status" aria-live="polite">
        {describeCounts(report)}
      </p>
      {report.extraction.source !== 'none' && report.extraction.source !== 'xml' && (
        <p className="kb-pxl__muted">{report.extraction.description}</p>
      )}
      {report.parseError && (
        <div className="kb-pxl__parse-error" data-rule="not-well-formed" data-severity="error">
          <p>
            <strong>Not well-formed XML</strong> at line {report.parseError.line}, column {report.parseError.column}.
          </p>
          <p>{report.parseError.message}</p>
          <p className="kb-pxl__muted">Fix this first; the profile is checked once it parses.{lineNote}</p>
        </div>
      )}
      {report.findings.length > 0 && (
        <section aria-labelledby={`${idPrefix}-findings`}>
          <Heading level={headingLevel} id={`${idPrefix}-findings`}>
            Findings
          </Heading>
          {lineNote && <p className="kb-pxl__muted">{lineNote.trim()}</p>}
          <ol className="kb-pxl__findings">
            {report.findings.map((finding, index) => (
              <li
                key={`${finding.ruleId}-${finding.line ?? 0}-${index}`}
                className={`kb-pxl__finding ${SEVERITY_CLASS[finding.severity]}`}
                data-rule={finding.ruleId}
                data-severity={finding.severity}
              >
                <p className="kb-pxl__finding-head">
                  <span className="kb-pxl__badge">{SEVERITY_LABELS[finding.severity]}</span>{' '}
                  <span>
                    {finding.line === undefined
                      ? 'Whole profile'
                      : `Line ${finding.line}${finding.column === undefined ? '' : `, column ${finding.column}`}`}
                  </span>{' '}
                  <code className="kb-pxl__rule-id">{finding.ruleId}</code>
                </p>
                <p>{finding.found}</p>
                <p>
                  <span className="kb-pxl__expected-label">Expected:</span> {finding.expected}
                </p>
                <p className="kb-pxl__guide">
                  Read more: <a href={withBase(base, finding.guide.path)}>{finding.guide.title}</a>
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {xml !== undefined && (
        <section aria-labelledby={`${idPrefix}-normalised`}>
          <Heading level={headingLevel} id={`${idPrefix}-normalised`}>
            Normalised XML
          </Heading>
          <label htmlFor={`${idPrefix}-normalised-text`} className="kb-pxl__label">
            The profile re-indented, with values unchanged
          </label>
          <textarea id={`${idPrefix}-normalised-text`} className="kb-pxl__code" readOnly rows={14} value={xml} spellCheck={false} />
          <div className="kb-pxl__actions">
            <CopyButton text={xml} label="normalised XML" />
          </div>
        </section>
      )}
      {xml !== undefined && (
        <section aria-labelledby={`${idPrefix}-export`}>
          <Heading level={headingLevel} id={`${idPrefix}-export`}>
            Export
          </Heading>
          <div className="kb-pxl__field">
            <label htmlFor={`${idPrefix}-profile-name`}>Profile name (the connection name users see)</label>
            <input
              id={`${idPrefix}-profile-name`}
              type="text"
              value={profileName}
              onChange={(event) => {
                onProfileNameChange(event.target.value);
              }}
              aria-describedby={nameProblem ? `${idPrefix}-profile-name-problem` : undefined}
              aria-invalid={nameProblem ? true : undefined}
              autoComplete="off"
            />
            {nameProblem && (
              <p id={`${idPrefix}-profile-name-problem`} className="kb-pxl__problem">
                {nameProblem}
              </p>
            )}
          </div>
          {target === 'intune' ? [intuneSection, scriptSection] : [scriptSection, intuneSection]}
        </section>
      )}
    </div>
  );
}
