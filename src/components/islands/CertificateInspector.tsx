/**
 * Certificate inspector island. Holds only UI state (the pasted text or the
 * chosen file, the role, the server name); the parser and rules live in
 * src/lib/certificates and run in a worker (src/scripts/certificate-worker.ts)
 * started on first input, so the page ships without them. Files are read with the File API in the page: nothing pasted or
 * chosen leaves the browser, and nothing is written to the address bar.
 */
import { useDeferredValue, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import '../../styles/tools/certificate.css';
import { ROLES, roleLabel, type CertificateRole } from '../../lib/certificates/roles';
import { CertificateDetails } from './CertificateDetails';
import { CertificateFindings } from './CertificateFindings';
import { IslandBoundary } from './IslandBoundary';
import type { InspectionReport } from '../../lib/certificates/inspect';
import type { InspectRequest } from '../../scripts/certificate-worker';
import workerUrl from '../../scripts/certificate-worker?worker&url';

export interface CertificateInspectorProps {
  /** The site's base path (`import.meta.env.BASE_URL`), for guide links. */
  readonly base: string;
  readonly initialRole?: CertificateRole;
}

/** What is checked: the text box, or the bytes of a chosen or dropped file. */
type Input = { readonly kind: 'text' } | { readonly kind: 'file'; readonly name: string; readonly bytes: Uint8Array };

const FILE_TYPES = '.cer,.crt,.der,.pem,.p7b,.txt';

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readFileBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      if (reader.result instanceof ArrayBuffer) resolve(new Uint8Array(reader.result));
      else reject(new Error('the browser returned no bytes'));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('the browser could not read it'));
    };
    reader.readAsArrayBuffer(file);
  });
}

function summarise(report: InspectionReport, role: CertificateRole): string {
  const { error, warning, info, pass } = report.counts;
  const count = report.certificates.length;
  const pasted = count === 1 ? 'One certificate' : `${count} certificates`;
  const checked = count === 1 ? 'it' : `certificate ${report.checkedPosition ?? 1}`;
  return `${pasted} read; ${checked} checked as ${roleLabel(role)}: ${error} errors, ${warning} warnings, ${info} notes, ${pass} passed.`;
}

function CertificateInspectorTool({ base, initialRole = 'sstp-server' }: CertificateInspectorProps) {
  const idPrefix = `kb-cert-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [text, setText] = useState('');
  const [input, setInput] = useState<Input>({ kind: 'text' });
  const [role, setRole] = useState<CertificateRole>(initialRole);
  const [serverName, setServerName] = useState('');
  const [latestReport, setReport] = useState<InspectionReport | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  /** When the input last changed; validity is judged at that instant. */
  const [checkedAt, setCheckedAt] = useState(0);
  const deferredText = useDeferredValue(text);
  const hasInput = input.kind === 'file' || deferredText.trim() !== '';

  // An emptied box shows the prompt again, not the last report.
  const report = hasInput ? latestReport : undefined;
  const workerRef = useRef<Worker | undefined>(undefined);
  const requestRef = useRef(0);

  useEffect(() => {
    if (!hasInput) return;
    if (workerRef.current === undefined) {
      const worker = new Worker(workerUrl, { type: 'module' });
      worker.onmessage = (event: MessageEvent<{ id: number; report: InspectionReport }>) => {
        if (event.data.id === requestRef.current) setReport(event.data.report);
      };
      worker.onerror = (event) => {
        setLoadError(event.message || 'the checker stopped');
      };
      workerRef.current = worker;
    }
    requestRef.current += 1;
    const request: InspectRequest = {
      id: requestRef.current,
      input: input.kind === 'file' ? input.bytes : deferredText,
      options: { role, serverName, now: checkedAt },
    };
    workerRef.current.postMessage(request);
  }, [hasInput, input, deferredText, role, serverName, checkedAt]);

  useEffect(
    () => () => {
      workerRef.current?.terminate();
    },
    [],
  );

  const chooseFile = (file: File | undefined) => {
    if (file === undefined) return;
    setFileError(undefined);
    readFileBytes(file).then(
      (bytes) => {
        setInput({ kind: 'file', name: file.name, bytes });
        setCheckedAt(Date.now());
      },
      (error: unknown) => {
        setFileError(`The file ${file.name} could not be read (${describeError(error)}). Choose it again or paste its text.`);
      },
    );
  };
  const onText = (event: ChangeEvent<HTMLTextAreaElement>) => {
    setText(event.target.value);
    setInput({ kind: 'text' });
    setCheckedAt(Date.now());
  };
  const isNamedServer = ROLES.find((entry) => entry.id === role)?.isNamedServer === true;

  return (
    <div className="kb-cert">
      <div className="kb-cert__form">
        <div className="kb-cert__drop">
          <div className="kb-cert__field">
            <label htmlFor={`${idPrefix}-text`}>Certificate: PEM (one block, a whole chain or a PKCS7 bundle) or Base64</label>
            <textarea
              id={`${idPrefix}-text`}
              className="kb-cert__code kb-cert__input"
              rows={10}
              spellCheck={false}
              autoComplete="off"
              value={text}
              onChange={onText}
              placeholder="-----BEGIN CERTIFICATE-----"
            />
          </div>
          <div className="kb-cert__field">
            <label htmlFor={`${idPrefix}-file`}>Or choose a file (.cer, .crt, .der, .pem, .p7b), or drop one on this button</label>
            <input
              id={`${idPrefix}-file`}
              type="file"
              accept={FILE_TYPES}
              onChange={(event) => {
                chooseFile(event.target.files?.[0]);
              }}
            />
          </div>
          <p className="kb-cert__hint">The file is read by this page; nothing you paste or choose is uploaded.</p>
          {input.kind === 'file' && (
            <p className="kb-cert__note">
              Checking the file <strong>{input.name}</strong> ({input.bytes.length} bytes). Type in the box to check pasted text instead.
            </p>
          )}
          {fileError !== undefined && <p className="kb-cert__problem">{fileError}</p>}
        </div>
        <fieldset className="kb-cert__roles">
          <legend>What the certificate is for</legend>
          {ROLES.map((entry) => (
            <label key={entry.id} className="kb-cert__role">
              <input
                type="radio"
                name={`${idPrefix}-role`}
                value={entry.id}
                checked={role === entry.id}
                onChange={() => {
                  setRole(entry.id);
                }}
              />{' '}
              {entry.label}
            </label>
          ))}
        </fieldset>
        {isNamedServer && (
          <div className="kb-cert__field">
            <label htmlFor={`${idPrefix}-server`}>VPN server name the clients use (optional)</label>
            <input
              id={`${idPrefix}-server`}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={serverName}
              onChange={(event) => {
                setServerName(event.target.value);
              }}
              placeholder="vpn.example.com"
            />
          </div>
        )}
      </div>
      <div className="kb-cert__results">
        <h2 id={`${idPrefix}-findings`}>Findings</h2>
        <div role="status" className="kb-cert__summary">
          {loadError !== undefined && (
            <p className="kb-cert__problem">
              The checker could not be loaded ({loadError}). Reload the page to try again; your input is kept until then.
            </p>
          )}
          {!hasInput && <p>Paste a certificate or choose a file to check it for the role you picked.</p>}
          {hasInput && report === undefined && loadError === undefined && <p>Loading the checker…</p>}
          {report !== undefined && report.certificates.length > 0 && <p>{summarise(report, role)}</p>}
          {report !== undefined && report.certificates.length === 0 && report.problems.length === 0 && (
            <p className="kb-cert__problem">No certificate was found in this input.</p>
          )}
          {report?.problems.map((problem) => (
            <p key={`${problem.block ?? 0}-${problem.message}`} className="kb-cert__problem">
              {problem.message}
            </p>
          ))}
        </div>
        <IslandBoundary
          tool="certificate inspector"
          resetKey={report}
          hint="Your input is kept above; edit it or choose another file to try again."
        >
          {report !== undefined && report.findings.length > 0 && (
            <CertificateFindings findings={report.findings} base={base} labelledBy={`${idPrefix}-findings`} />
          )}
          {report !== undefined && report.certificates.length > 0 && (
            <>
              <h2>Certificates and hashes</h2>
              {report.certificates.map((certificate) => (
                <CertificateDetails
                  key={certificate.facts.position}
                  certificate={certificate}
                  isChecked={certificate.facts.position === report.checkedPosition}
                />
              ))}
            </>
          )}
        </IslandBoundary>
      </div>
    </div>
  );
}

/** The island: the inspector inside the error boundary every island shares. */
export default function CertificateInspector(props: CertificateInspectorProps) {
  return (
    <IslandBoundary tool="certificate inspector">
      <CertificateInspectorTool {...props} />
    </IslandBoundary>
  );
}
