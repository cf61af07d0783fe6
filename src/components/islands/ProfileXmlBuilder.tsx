/**
 * Builder mode of the ProfileXML tool: a form whose output is linted with the
 * same rules and exported the same way as a pasted profile.
 */
import { useMemo, useState } from 'react';
import { buildProfileXml, DEFAULT_BUILDER_INPUT, type BuilderField, type BuilderInput } from '../../lib/profilexml/builder';
import { lintExtraction } from '../../lib/profilexml/lint';
import type { LintOptions } from '../../lib/profilexml/types';
import { ProfileXmlResults, type HeadingLevel } from './ProfileXmlResults';

export interface ProfileXmlBuilderProps {
  readonly base: string;
  readonly options: LintOptions;
  readonly idPrefix: string;
  readonly headingLevel: HeadingLevel;
}

export function ProfileXmlBuilder({ base, options, idPrefix, headingLevel }: ProfileXmlBuilderProps) {
  const [input, setInput] = useState<BuilderInput>(DEFAULT_BUILDER_INPUT);
  const [profileName, setProfileName] = useState('Always On VPN');
  const built = useMemo(() => buildProfileXml(input, options), [input, options]);
  const report = useMemo(
    () =>
      lintExtraction(
        { source: 'xml', xml: built.xml, description: 'Built from the form.', lineOffset: 0, profileName: undefined },
        options,
      ),
    [built.xml, options],
  );
  const isDevice = input.tunnel === 'device';
  const id = (field: string) => `${idPrefix}-b-${field}`;
  const problemsFor = (field: BuilderField) => built.problems.filter((problem) => problem.field === field);
  const describedBy = (field: BuilderField) => (problemsFor(field).length > 0 ? id(`${field}-problems`) : undefined);
  const update = <K extends BuilderField>(field: K, value: BuilderInput[K]) => {
    setInput((current) => ({ ...current, [field]: value }));
  };
  const renderProblems = (field: BuilderField) => {
    const list = problemsFor(field);
    if (list.length === 0) return null;
    return (
      <ul id={id(`${field}-problems`)} className="kb-pxl__problem">
        {list.map((problem) => (
          <li key={problem.message}>{problem.message}</li>
        ))}
      </ul>
    );
  };
  const text = (
    field: 'servers' | 'dnsSuffix' | 'trustedNetwork' | 'nrptDomain' | 'nrptDnsServers' | 'npsServerNames' | 'rootThumbprints',
    label: string,
    hint?: string,
  ) => (
    <div className="kb-pxl__field">
      <label htmlFor={id(field)}>{label}</label>
      {hint && (
        <p id={id(`${field}-hint`)} className="kb-pxl__hint">
          {hint}
        </p>
      )}
      <input
        id={id(field)}
        type="text"
        value={input[field]}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={problemsFor(field).length > 0 ? true : undefined}
        aria-describedby={[hint ? id(`${field}-hint`) : undefined, describedBy(field)].filter(Boolean).join(' ') || undefined}
        onChange={(event) => {
          update(field, event.target.value);
        }}
      />
      {renderProblems(field)}
    </div>
  );

  return (
    <div className="kb-pxl__builder">
      <form
        className="kb-pxl__form"
        aria-label="Profile builder"
        onSubmit={(event) => {
          event.preventDefault();
        }}
      >
        <fieldset className="kb-pxl__group">
          <legend>Tunnel type</legend>
          {(['user', 'device'] as const).map((tunnel) => (
            <label key={tunnel} className="kb-pxl__choice">
              <input
                type="radio"
                name={id('tunnel')}
                value={tunnel}
                checked={input.tunnel === tunnel}
                onChange={() => {
                  update('tunnel', tunnel);
                }}
              />{' '}
              {tunnel === 'user' ? 'User tunnel (after sign-in, EAP)' : 'Device tunnel (before sign-in, machine certificate)'}
            </label>
          ))}
          {renderProblems('tunnel')}
        </fieldset>

        {text('servers', 'VPN servers', 'Public names of the VPN servers, separated by commas.')}

        {isDevice ? (
          <p className="kb-pxl__hint">Device tunnels always use IKEv2, split tunnelling and the computer certificate.</p>
        ) : (
          <>
            <div className="kb-pxl__field">
              <label htmlFor={id('protocol')}>Protocol</label>
              <select
                id={id('protocol')}
                value={input.protocol}
                onChange={(event) => {
                  update('protocol', event.target.value as BuilderInput['protocol']);
                }}
              >
                <option value="IKEv2">IKEv2</option>
                <option value="SSTP">SSTP</option>
                <option value="Automatic">Automatic (tries SSTP first)</option>
              </select>
            </div>
            <fieldset className="kb-pxl__group">
              <legend>Routing</legend>
              {(['SplitTunnel', 'ForceTunnel'] as const).map((policy) => (
                <label key={policy} className="kb-pxl__choice">
                  <input
                    type="radio"
                    name={id('routing')}
                    value={policy}
                    checked={input.routingPolicy === policy}
                    onChange={() => {
                      update('routingPolicy', policy);
                    }}
                  />{' '}
                  {policy === 'SplitTunnel' ? 'Split tunnel (only the routes below)' : 'Force tunnel (all traffic)'}
                </label>
              ))}
            </fieldset>
            <fieldset className="kb-pxl__group">
              <legend>Authentication (PEAP with EAP-TLS)</legend>
              {(['template', 'custom'] as const).map((mode) => (
                <label key={mode} className="kb-pxl__choice">
                  <input
                    type="radio"
                    name={id('eap')}
                    value={mode}
                    checked={input.eapMode === mode}
                    onChange={() => {
                      update('eapMode', mode);
                    }}
                  />{' '}
                  {mode === 'template' ? 'Build the EAP configuration from the fields below' : 'Paste my own EapHostConfig XML'}
                </label>
              ))}
              {input.eapMode === 'template' ? (
                <>
                  {text('npsServerNames', 'NPS server names', 'Names on the NPS server certificates, separated by commas.')}
                  {text(
                    'rootThumbprints',
                    'Root CA thumbprints',
                    'SHA-1 thumbprints of the root CAs that issued the NPS certificates, separated by commas.',
                  )}
                </>
              ) : (
                <div className="kb-pxl__field">
                  <label htmlFor={id('customEapXml')}>EapHostConfig XML</label>
                  <p id={id('customEapXml-hint')} className="kb-pxl__hint">
                    Export it from a hand-built connection with (Get-VpnConnection -Name &lt;name&gt;).EapConfigXmlStream.InnerXml.
                  </p>
                  <textarea
                    id={id('customEapXml')}
                    className="kb-pxl__code"
                    rows={6}
                    value={input.customEapXml}
                    spellCheck={false}
                    aria-invalid={problemsFor('customEapXml').length > 0 ? true : undefined}
                    aria-describedby={[id('customEapXml-hint'), describedBy('customEapXml')].filter(Boolean).join(' ')}
                    onChange={(event) => {
                      update('customEapXml', event.target.value);
                    }}
                  />
                  {renderProblems('customEapXml')}
                </div>
              )}
            </fieldset>
          </>
        )}

        <div className="kb-pxl__field">
          <label htmlFor={id('routes')}>Routes</label>
          <p id={id('routes-hint')} className="kb-pxl__hint">
            One per line, as address/prefix (10.0.0.0/8). Start a line with “exclude” for an exclusion route.
            {isDevice ? ' Host routes (/32) to domain controllers and management servers keep a device tunnel narrow.' : ''}
          </p>
          <textarea
            id={id('routes')}
            className="kb-pxl__code"
            rows={4}
            value={input.routes}
            spellCheck={false}
            aria-invalid={problemsFor('routes').length > 0 ? true : undefined}
            aria-describedby={[id('routes-hint'), describedBy('routes')].filter(Boolean).join(' ')}
            onChange={(event) => {
              update('routes', event.target.value);
            }}
          />
          {renderProblems('routes')}
        </div>

        {text('dnsSuffix', 'DNS suffix', 'The first suffix becomes the connection-specific suffix; all go into the search list.')}
        {text(
          'trustedNetwork',
          'Trusted network (DNS suffixes)',
          'The VPN does not connect automatically on networks with these suffixes.',
        )}
        {text(
          'nrptDomain',
          'NRPT namespace (optional)',
          'For example .corp.example.net. Only needed if the VPN server\u2019s DNS servers cannot resolve internal names.',
        )}
        {text('nrptDnsServers', 'NRPT DNS servers', 'Internal DNS server addresses for that namespace, separated by commas.')}

        <div className="kb-pxl__field">
          <label className="kb-pxl__choice">
            <input
              type="checkbox"
              checked={input.registerDns}
              aria-describedby={describedBy('registerDns')}
              onChange={(event) => {
                update('registerDns', event.target.checked);
              }}
            />{' '}
            Register the VPN address in DNS (RegisterDNS)
          </label>
          {renderProblems('registerDns')}
        </div>

        <div className="kb-pxl__field">
          <label htmlFor={id('crypto')}>IKEv2 cryptography</label>
          <select
            id={id('crypto')}
            value={input.crypto}
            aria-describedby={describedBy('crypto')}
            onChange={(event) => {
              update('crypto', event.target.value as BuilderInput['crypto']);
            }}
          >
            <option value="enhanced">Enhanced: AES-GCM, SHA256, DH group 14, ECP256 (Windows 10 1803 or later)</option>
            <option value="baseline">Baseline: AES128, SHA256, DH group 14, PFS2048</option>
            <option value="none">None (Windows defaults, not recommended)</option>
          </select>
          {renderProblems('crypto')}
          <p className="kb-pxl__hint">The VPN server needs the same six values; the IKEv2 policy checker generates its command.</p>
        </div>
      </form>

      <div className="kb-pxl__built">
        {built.problems.length > 0 && (
          <p className="kb-pxl__problem" role="note">
            The form has {built.problems.length} {built.problems.length === 1 ? 'item' : 'items'} to fix (listed under the fields); the
            profile below reflects it as it stands.
          </p>
        )}
        <ProfileXmlResults
          report={report}
          base={base}
          target={options.target}
          profileName={profileName}
          onProfileNameChange={setProfileName}
          idPrefix={`${idPrefix}-built`}
          headingLevel={headingLevel}
        />
      </div>
    </div>
  );
}
