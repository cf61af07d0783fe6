/**
 * The topology form. Every control is labelled; controls that do not apply to
 * the current protocol or edge are left out rather than disabled, so the tab
 * order only holds what matters.
 */
import { useState, type ChangeEvent } from 'react';
import { BLOCKABLE, LIMITS, type Blockable, type Topology } from '../../lib/natpath';

interface NatPathFormProps {
  readonly topology: Topology;
  readonly idPrefix: string;
  readonly onChange: (topology: Topology) => void;
}

interface Option<T extends string> {
  readonly value: T;
  readonly label: string;
}

const BLOCK_LABELS: Readonly<Record<Blockable, string>> = {
  udp500: 'UDP 500 (IKE)',
  udp4500: 'UDP 4500 (IKE and ESP after NAT is found)',
  esp: 'ESP, IP protocol 50',
  tcp443: 'TCP 443 (SSTP)',
  fragments: 'IP fragments',
};

/** Hicks' Set-IKEv2LoadBalancingParameters.ps1 default, offered when the reader switches to a set value. */
const SUGGESTED_SA_LIMIT = 50_000;

function SelectField<T extends string>(props: {
  readonly id: string;
  readonly label: string;
  readonly value: T;
  readonly options: readonly Option<T>[];
  readonly onChange: (value: T) => void;
}) {
  const { id, label, value, options, onChange } = props;
  const handleChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const match = options.find((option) => option.value === event.target.value);
    if (match) onChange(match.value);
  };
  return (
    <div className="kb-natpath__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={handleChange}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Parses a whole number in range, or null. */
function parseCount(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,12}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}

function NumberField(props: {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly onCommit: (value: number) => void;
}) {
  const { id, label, value, min, max, onCommit } = props;
  const [draft, setDraft] = useState(String(value));
  const [shownValue, setShownValue] = useState(value);
  // A new value from outside (a preset, the URL) replaces whatever was typed.
  if (shownValue !== value) {
    setShownValue(value);
    setDraft(String(value));
  }
  const isValid = parseCount(draft, min, max) !== null;
  const errorId = `${id}-error`;
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    setDraft(text);
    const parsed = parseCount(text, min, max);
    if (parsed !== null) {
      setShownValue(parsed);
      onCommit(parsed);
    }
  };
  return (
    <div className="kb-natpath__field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={draft}
        onChange={handleChange}
        aria-invalid={isValid ? undefined : true}
        aria-describedby={isValid ? undefined : errorId}
      />
      {isValid ? null : (
        <p id={errorId} className="kb-natpath__field-error">
          Expected a whole number from {min.toLocaleString('en-US')} to {max.toLocaleString('en-US')}; the tool keeps using{' '}
          {value.toLocaleString('en-US')}.
        </p>
      )}
    </div>
  );
}

export function NatPathForm({ topology, idPrefix, onChange }: NatPathFormProps) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const set = <K extends keyof Topology>(key: K, value: Topology[K]) => {
    onChange({ ...topology, [key]: value });
  };
  const isIkev2 = topology.proto === 'ikev2';
  const hasEdge = topology.edge !== 'none';

  const toggleBlock = (item: Blockable, isChecked: boolean) => {
    const next = isChecked ? [...topology.block, item] : topology.block.filter((existing) => existing !== item);
    set(
      'block',
      BLOCKABLE.filter((candidate) => next.includes(candidate)),
    );
  };

  return (
    <form
      className="kb-natpath__form"
      aria-label="Describe the path"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <fieldset className="kb-natpath__fieldset">
        <legend>Connection</legend>
        <SelectField
          id={id('proto')}
          label="VPN protocol"
          value={topology.proto}
          options={[
            { value: 'ikev2', label: 'IKEv2' },
            { value: 'sstp', label: 'SSTP' },
          ]}
          onChange={(value) => {
            set('proto', value);
          }}
        />
        <SelectField
          id={id('ip')}
          label="IP version"
          value={topology.ip === 6 ? '6' : '4'}
          options={[
            { value: '4', label: 'IPv4' },
            { value: '6', label: 'IPv6' },
          ]}
          onChange={(value) => {
            set('ip', value === '6' ? 6 : 4);
          }}
        />
      </fieldset>

      <fieldset className="kb-natpath__fieldset">
        <legend>Client</legend>
        <SelectField
          id={id('client')}
          label="Client position"
          value={topology.client}
          options={[
            { value: 'public', label: 'Public address, no NAT' },
            { value: 'nat', label: 'Behind a NAT' },
            { value: 'cgnat', label: 'Behind a NAT and a carrier NAT' },
          ]}
          onChange={(value) => {
            set('client', value);
          }}
        />
        {topology.client === 'cgnat' ? (
          <SelectField
            id={id('cgnat')}
            label="Carrier-grade NAT pooling"
            value={topology.cgnat}
            options={[
              { value: 'paired', label: 'Paired' },
              { value: 'arbitrary', label: 'Arbitrary' },
            ]}
            onChange={(value) => {
              set('cgnat', value);
            }}
          />
        ) : null}
      </fieldset>

      <fieldset className="kb-natpath__fieldset">
        <legend>Edge and RRAS servers</legend>
        <SelectField
          id={id('edge')}
          label="Edge in front of RRAS"
          value={topology.edge}
          options={[
            { value: 'none', label: 'None (RRAS is public)' },
            { value: 'dnat', label: 'Destination NAT only' },
            { value: 'fullnat', label: 'Full NAT (source and destination)' },
          ]}
          onChange={(value) => {
            set('edge', value);
          }}
        />
        {hasEdge ? (
          <SelectField
            id={id('vendor')}
            label="Load balancer vendor"
            value={topology.vendor ?? 'none'}
            options={[
              { value: 'none', label: 'Not named' },
              { value: 'f5', label: 'F5 BIG-IP' },
              { value: 'citrix', label: 'Citrix ADC' },
              { value: 'kemp', label: 'Kemp LoadMaster' },
            ]}
            onChange={(value) => {
              set('vendor', value === 'none' ? null : value);
            }}
          />
        ) : null}
        <NumberField
          id={id('servers')}
          label="RRAS servers"
          value={topology.servers}
          min={LIMITS.servers.min}
          max={LIMITS.servers.max}
          onCommit={(value) => {
            set('servers', value);
          }}
        />
        {hasEdge && isIkev2 ? (
          <SelectField
            id={id('persist')}
            label="Persistence"
            value={topology.persist}
            options={[
              { value: 'none', label: 'None' },
              { value: 'per-port', label: 'Source IP, per virtual server' },
              { value: 'spanning', label: 'Source IP, spanning 500 and 4500' },
            ]}
            onChange={(value) => {
              set('persist', value);
            }}
          />
        ) : null}
        {hasEdge ? (
          <SelectField
            id={id('return')}
            label="RRAS replies"
            value={topology.returnPath}
            options={[
              { value: 'via-edge', label: 'Through the edge' },
              { value: 'bypass', label: 'Bypass the edge' },
            ]}
            onChange={(value) => {
              set('returnPath', value);
            }}
          />
        ) : null}
      </fieldset>

      <fieldset className="kb-natpath__fieldset">
        <legend>What the path blocks</legend>
        {BLOCKABLE.map((item) => (
          <div key={item} className="kb-natpath__check">
            <input
              id={id(`block-${item}`)}
              type="checkbox"
              checked={topology.block.includes(item)}
              onChange={(event) => {
                toggleBlock(item, event.target.checked);
              }}
            />
            <label htmlFor={id(`block-${item}`)}>{BLOCK_LABELS[item]}</label>
          </div>
        ))}
      </fieldset>

      <fieldset className="kb-natpath__fieldset">
        <legend>Load and RRAS settings</legend>
        <NumberField
          id={id('clients')}
          label="Concurrent clients"
          value={topology.clients}
          min={LIMITS.clients.min}
          max={LIMITS.clients.max}
          onCommit={(value) => {
            set('clients', value);
          }}
        />
        {isIkev2 ? (
          <>
            <SelectField
              id={id('salimit-mode')}
              label="IkeNumEstablishedForInitialQuery"
              value={topology.saLimit === 'default' ? 'default' : 'set'}
              options={[
                { value: 'default', label: 'Not set (default)' },
                { value: 'set', label: 'Set to a value' },
              ]}
              onChange={(value) => {
                set('saLimit', value === 'default' ? 'default' : SUGGESTED_SA_LIMIT);
              }}
            />
            {topology.saLimit === 'default' ? null : (
              <NumberField
                id={id('salimit')}
                label="IkeNumEstablishedForInitialQuery value"
                value={topology.saLimit}
                min={LIMITS.saLimit.min}
                max={LIMITS.saLimit.max}
                onCommit={(value) => {
                  set('saLimit', value);
                }}
              />
            )}
            <NumberField
              id={id('ikeauth')}
              label="Largest IKE_AUTH message (bytes)"
              value={topology.ikeAuthBytes}
              min={LIMITS.ikeAuthBytes.min}
              max={LIMITS.ikeAuthBytes.max}
              onCommit={(value) => {
                set('ikeAuthBytes', value);
              }}
            />
            <div className="kb-natpath__check">
              <input
                id={id('frag')}
                type="checkbox"
                checked={topology.frag}
                onChange={(event) => {
                  set('frag', event.target.checked);
                }}
              />
              <label htmlFor={id('frag')}>IKEv2 fragmentation on RRAS (EnableServerFragmentation)</label>
            </div>
          </>
        ) : (
          <>
            <SelectField
              id={id('tls')}
              label="TLS at the edge"
              value={topology.tls}
              options={[
                { value: 'passthrough', label: 'Passed through to RRAS' },
                { value: 'offload', label: 'Offloaded at the edge' },
              ]}
              onChange={(value) => {
                set('tls', value);
              }}
            />
            {topology.tls === 'offload' ? (
              <SelectField
                id={id('sstphash')}
                label="Edge certificate hash on RRAS"
                value={topology.sstpHash}
                options={[
                  { value: 'ok', label: 'Configured (SHA256CertificateHash)' },
                  { value: 'missing', label: 'Missing' },
                ]}
                onChange={(value) => {
                  set('sstpHash', value);
                }}
              />
            ) : null}
          </>
        )}
      </fieldset>
    </form>
  );
}
