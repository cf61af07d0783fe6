/**
 * Findings (explanation, fix, links, sources) and the assumptions the result
 * rests on. Severity is written out in words, never shown by colour alone.
 */
import { ASSUMPTIONS, SOURCES, describeVendorSettings, type NatPathResult } from '../../lib/natpath';
import { SEVERITY_LABELS } from '../../lib/natpath/view-model';
import { withBase } from '../../lib/site/url';
import { Heading, type HeadingLevel } from './NatPathHeading';

interface NatPathFindingsProps {
  readonly result: NatPathResult;
  readonly base: string;
  readonly headingLevel: HeadingLevel;
  /** Compact form for embeds: no sources, assumptions as a short list. */
  readonly isCompact?: boolean;
}

export function NatPathFindings({ result, base, headingLevel, isCompact = false }: NatPathFindingsProps) {
  const vendorRows = describeVendorSettings(result.topology);
  return (
    <div className="kb-natpath__findings">
      <ul className="kb-natpath__finding-list">
        {result.findings.map((finding) => (
          <li key={finding.id} className={`kb-natpath__finding kb-natpath__finding--${finding.severity}`}>
            <Heading level={headingLevel} className="kb-natpath__finding-title">
              <span className="kb-natpath__severity">{SEVERITY_LABELS[finding.severity]}: </span>
              {finding.title}
            </Heading>
            <p>{finding.explanation}</p>
            {finding.fix ? (
              <p>
                <strong>Fix: </strong>
                {finding.fix}
              </p>
            ) : null}
            {finding.links.length > 0 ? (
              <p className="kb-natpath__links">
                <span>Read more: </span>
                {finding.links.map((link, index) => (
                  <span key={link.href}>
                    {index > 0 ? ', ' : ''}
                    <a href={withBase(base, link.href)}>{link.label}</a>
                  </span>
                ))}
              </p>
            ) : null}
            {!isCompact && finding.sources.length > 0 ? (
              <details className="kb-natpath__sources">
                <summary>Sources for this finding</summary>
                <ul>
                  {finding.sources.map((id) => (
                    <li key={id}>
                      <a href={SOURCES[id].url}>{SOURCES[id].title}</a>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
      {vendorRows.length > 0 ? (
        <>
          <Heading level={headingLevel}>Your settings in the vendor’s terms</Heading>
          <table className="kb-natpath__table kb-natpath__vendor">
            <tbody>
              {vendorRows.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  <td>{row.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {isCompact ? null : (
        <>
          <Heading level={headingLevel}>Assumptions behind this result</Heading>
          <ul className="kb-natpath__assumptions">
            {result.assumptions.map((id) => (
              <li key={id}>
                <p className="kb-natpath__assumption-title">
                  <strong>{ASSUMPTIONS[id].statement}</strong>
                </p>
                <p>{ASSUMPTIONS[id].basis}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
