/** The findings list of the certificate inspector: one item per finding, most severe first. */
import { SEVERITY_LABELS, type Finding } from '../../lib/rules/contract';
import { withBase } from '../../lib/site/url';

export interface CertificateFindingsProps {
  readonly findings: readonly Finding[];
  readonly base: string;
  /** Id of the heading that names the list. */
  readonly labelledBy: string;
}

export function CertificateFindings({ findings, base, labelledBy }: CertificateFindingsProps) {
  return (
    <ul className="kb-cert__findings" aria-labelledby={labelledBy}>
      {findings.map((finding, position) => (
        <li
          key={`${finding.ruleId}-${position}`}
          className={`kb-cert__finding kb-cert__finding--${finding.severity}`}
          data-check={finding.ruleId}
          data-severity={finding.severity}
        >
          <p className="kb-cert__finding-head">
            <span className="kb-cert__badge">{SEVERITY_LABELS[finding.severity]}</span> <strong>{finding.title}</strong>{' '}
            <code className="kb-cert__rule-id">{finding.ruleId}</code>
          </p>
          <p>
            <span className="kb-visually-hidden">Found: </span>
            {finding.found}
          </p>
          <p className="kb-cert__expected">
            <span className="kb-visually-hidden">{finding.severity === 'pass' ? 'Why: ' : 'Needed: '}</span>
            {finding.expected}
          </p>
          <p className="kb-cert__links">
            Read:{' '}
            {finding.guide.map((link, index) => (
              <span key={link.path}>
                {index > 0 && ' · '}
                <a href={withBase(base, link.path)}>{link.title}</a>
              </span>
            ))}
            . Source:{' '}
            {finding.sources.map((source, index) => (
              <span key={source.url}>
                {index > 0 && ' · '}
                <a href={source.url}>{source.title}</a>
              </span>
            ))}
          </p>
        </li>
      ))}
    </ul>
  );
}
