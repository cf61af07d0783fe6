/**
 * One result of the error lookup: a documented code (linked to its page), an
 * HRESULT taken apart, or a number we have no page for. Every card carries
 * `data-code` with the code's canonical id.
 */
import { useId, type ReactNode } from 'react';
import { formatFacility, type HresultDecoding } from '../../lib/errors/decode-hresult';
import { describeDecodedForms, type LookupResult } from '../../lib/errors/parse-error-input';
import { toHex } from '../../lib/errors/forms';
import type { ErrorForm } from '../../lib/errors/forms';
import { withBase } from '../../lib/site/url';
import InlineMarkup from './InlineMarkup';

interface Props {
  result: LookupResult;
  base: string;
  /** Heading level of the card title (2 on /errors/, 3 when embedded in a guide section). */
  headingLevel: 2 | 3;
}

function Heading({ level, id, children }: { level: 2 | 3; id: string; children: ReactNode }) {
  return level === 2 ? (
    <h2 id={id} className="kb-error-card__title">
      {children}
    </h2>
  ) : (
    <h3 id={id} className="kb-error-card__title">
      {children}
    </h3>
  );
}

function FormList({ forms }: { forms: readonly ErrorForm[] }) {
  return (
    <dl className="kb-error-card__forms">
      {forms.map((form) => (
        <div key={form.label} className="kb-error-card__form">
          <dt>{form.label}</dt>
          <dd>
            <code>{form.value}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function FoundAs({ values }: { values: readonly string[] }) {
  return (
    <p className="kb-error-card__found">
      Found as{' '}
      {values.map((value, index) => (
        <span key={value}>
          {index > 0 && ', '}
          <code>{value}</code>
        </span>
      ))}
    </p>
  );
}

function HresultParts({ decoded }: { decoded: HresultDecoding }) {
  const rows: { label: string; value: string }[] = [
    { label: 'Severity', value: decoded.isFailure ? 'Failure (severity bit set)' : 'Success or information (severity bit clear)' },
    { label: 'Facility', value: formatFacility(decoded.facility) },
    { label: 'Code', value: `${decoded.codeHex} (${decoded.code})` },
  ];
  if (decoded.isCustomer) rows.push({ label: 'Customer bit', value: 'Set: defined by a vendor other than Microsoft' });
  if (decoded.ntStatus) rows.push({ label: 'NTSTATUS inside', value: decoded.ntStatus });
  return (
    <dl className="kb-error-card__forms kb-error-card__parts">
      {rows.map((row) => (
        <div key={row.label} className="kb-error-card__form">
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function CertutilHint({ code }: { code: string }) {
  return (
    <p className="kb-error-card__hint">
      To read the message Windows has for it, run <code>certutil -error {code}</code> on any Windows machine.
    </p>
  );
}

export default function ErrorResultCard({ result, base, headingLevel }: Props) {
  const headingId = useId();

  if (result.type === 'known') {
    const { entry } = result;
    return (
      <article className="kb-error-card" data-code={result.id} aria-labelledby={headingId}>
        <Heading level={headingLevel} id={headingId}>
          <a href={withBase(base, entry.path)}>{entry.title}</a>
        </Heading>
        <p className="kb-error-card__kind">{entry.kindLabel}</p>
        <p className="kb-error-card__summary">
          <InlineMarkup text={entry.summary} base={base} />
        </p>
        <FormList forms={entry.forms} />
        {result.decoded && result.entry.kind !== 'hresult' && result.decoded.win32Code !== undefined && (
          <p className="kb-error-card__hint">
            {result.decoded.hex} is HRESULT_FROM_WIN32 of {result.decoded.win32Code}: facility {formatFacility(result.decoded.facility)},
            code {result.decoded.codeHex}.
          </p>
        )}
        <FoundAs values={result.foundAs} />
        <p className="kb-error-card__more">
          <a href={withBase(base, entry.path)} aria-describedby={headingId}>
            Causes, fixes and checks
          </a>
        </p>
      </article>
    );
  }

  if (result.type === 'decoded') {
    const { decoded } = result;
    return (
      <article className="kb-error-card kb-error-card--decoded" data-code={result.id} aria-labelledby={headingId}>
        <Heading level={headingLevel} id={headingId}>
          HRESULT {decoded.hex}
        </Heading>
        <p className="kb-error-card__kind">Not documented in this guide: decoded from its bits</p>
        {decoded.looksLikeNtStatus && (
          <p className="kb-error-card__hint">
            Both top bits are set, which is the shape of an NTSTATUS value rather than an HRESULT; the facility reading may not apply.
          </p>
        )}
        <HresultParts decoded={decoded} />
        <FormList forms={describeDecodedForms(decoded)} />
        {decoded.win32Code !== undefined && (
          <p className="kb-error-card__hint">
            This wraps Win32 error {decoded.win32Code} ({toHex(decoded.win32Code)}), which this guide has no page for.
          </p>
        )}
        <CertutilHint code={decoded.hex} />
        <FoundAs values={result.foundAs} />
      </article>
    );
  }

  const isNps = result.family === 'nps';
  return (
    <article className="kb-error-card kb-error-card--unknown" data-code={result.id} aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>
        {isNps ? `NPS reason code ${result.value}` : `Error ${result.value}`}
      </Heading>
      <p className="kb-error-card__kind">Not documented in this guide</p>
      {isNps ? (
        <p className="kb-error-card__hint">
          NPS writes its reason codes in events 6273 and 6274 together with a sentence that explains them; read the Reason line next to the
          code.
        </p>
      ) : (
        <>
          <FormList forms={result.forms} />
          <CertutilHint code={String(result.value)} />
        </>
      )}
      <FoundAs values={result.foundAs} />
    </article>
  );
}
