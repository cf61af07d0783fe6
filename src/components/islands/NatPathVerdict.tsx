/**
 * The verdict banner. `data-testid="verdict"` and its data attributes are a
 * contract other tests and pages rely on (see the NAT path tool issue).
 */
import { describeVerdictAttributes, type NatPathResult } from '../../lib/natpath';
import { VERDICT_LABELS, describeVerdictFacts } from '../../lib/natpath/view-model';
import { withBase } from '../../lib/site/url';

interface NatPathVerdictProps {
  readonly result: NatPathResult;
  readonly base: string;
  readonly headingId: string;
}

export function NatPathVerdict({ result, base, headingId }: NatPathVerdictProps) {
  const { verdict } = result;
  const attributes = describeVerdictAttributes(result);
  const facts = describeVerdictFacts(result);
  return (
    <div className={`kb-natpath__verdict kb-natpath__verdict--${verdict.kind}`} data-testid="verdict" {...attributes}>
      {/* A <div>, not a <p>: large bold text in a paragraph reads as a fake heading (WCAG 1.3.1); the section already has its heading. */}
      <div className="kb-natpath__verdict-label" id={headingId}>
        <span className="kb-natpath__verdict-marker" aria-hidden="true" />
        {VERDICT_LABELS[verdict.kind]}
      </div>
      <p className="kb-natpath__verdict-headline">{verdict.headline}</p>
      <dl className="kb-natpath__facts">
        {facts.map((fact) => (
          <div key={fact.label} className="kb-natpath__fact">
            <dt>{fact.label}</dt>
            <dd>{fact.href ? <a href={withBase(base, fact.href)}>{fact.value}</a> : fact.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
