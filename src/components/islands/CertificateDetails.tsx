/** The readable decode of one certificate and its copyable digests. */
import type { InspectedCertificate } from '../../lib/certificates/inspect';
import { CopyButton } from './CopyButton';

export interface CertificateDetailsProps {
  readonly certificate: InspectedCertificate;
  /** Whether the rules checked this certificate; it opens expanded. */
  readonly isChecked: boolean;
}

export function CertificateDetails({ certificate, isChecked }: CertificateDetailsProps) {
  const { facts, outputs, decode } = certificate;
  const copies = [
    { label: 'SHA-1 thumbprint', text: outputs.sha1Thumbprint },
    { label: 'SHA-256 hash', text: outputs.sha256 },
    { label: 'TrustedRootCA value for ProfileXML', text: outputs.trustedRootCa },
    { label: 'SSTP offload hash as a .reg file', text: outputs.sstpReg },
    { label: 'SSTP offload hash set with PowerShell', text: outputs.sstpPowerShell },
  ];
  return (
    <details className="kb-cert__details" open={isChecked}>
      <summary>
        Certificate {facts.position}: {facts.subject || '(empty subject)'}
        {isChecked && ' (checked)'}
      </summary>
      <dl className="kb-cert__decode">
        {decode.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      {copies.map((copy) => (
        <div key={copy.label} className="kb-cert__output">
          <div className="kb-cert__output-head">
            <span>{copy.label}</span>
            <CopyButton text={copy.text} label={`${copy.label} of certificate ${facts.position}`} />
          </div>
          <pre className="kb-cert__code kb-cert__output-text">
            <code>{copy.text}</code>
          </pre>
        </div>
      ))}
    </details>
  );
}
