/**
 * The error lookup: type or paste anything (809, 0x80070329, -2147024087,
 * vpn_timeout, a whole RasClient or NPS event) and get one card per code.
 * Parsing is the pure parseErrorInput; this component holds only the text.
 *
 * On /errors/ the lookup reads ?q=… on load, so links such as
 * /errors/?q=809 work. It writes back (replaceState, not push) only a single
 * short code or symbol that was found (pickShareableQuery); pasted messages
 * name users and machines and never go into the address or history. The
 * embedded version leaves the guide page's URL alone; its "full lookup" link
 * carries a short code in ?q= and hands longer text over in sessionStorage.
 *
 * Enter shows the results (focus moves to them); Shift+Enter adds a line.
 */
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
  type KeyboardEvent,
  type SyntheticEvent,
} from 'react';
import { createErrorLookup, type ErrorIndex } from '../../lib/errors/lookup-index';
import { parseErrorInput } from '../../lib/errors/parse-error-input';
import { pickShareableQuery } from '../../lib/errors/shareable-query';
import { withBase } from '../../lib/site/url';
import ErrorResultCard from './ErrorResultCard';
import InlineMarkup from './InlineMarkup';
import '../../styles/tools/errors.css';
import { IslandBoundary } from './IslandBoundary';

interface Props {
  index: ErrorIndex;
  /** The site's base path (`/` or `/kb/`). */
  base: string;
  /** Query parameter to read and write (`q` on /errors/); without it the URL is left alone. */
  urlParam?: string | undefined;
  /** Heading level of result cards: 2 on the lookup page, 3 inside a guide section. */
  headingLevel?: 2 | 3;
  /** Text of the field's label. */
  label?: string;
}

interface Example {
  label: string;
  text: string;
}

const EXAMPLES: readonly Example[] = [
  { label: '809', text: '809' },
  { label: '0x80070329', text: '0x80070329' },
  { label: '-2146885613', text: '-2146885613' },
  { label: 'vpn_timeout', text: 'vpn_timeout' },
  {
    label: 'A RasClient 20227 message',
    text: 'Event ID: 20227\nThe user CONTOSO\\alice dialed a connection named Contoso VPN which has failed. The error code returned on failure is 13801.',
  },
  { label: 'An NPS 6273 event', text: 'Event ID: 6273\nNetwork Policy Server denied access to a user.\nReason Code: 48' },
];

/** sessionStorage key for text an embedded lookup hands to the full one (kept out of the address). */
const HANDOVER_KEY = 'kb-error-lookup-text';

/** Read once per page: a snapshot must not change between calls, and the handed-over text is used once. */
let handedOverText: string | undefined;

function readHandedOverText(): string {
  if (handedOverText === undefined) {
    try {
      handedOverText = sessionStorage.getItem(HANDOVER_KEY) ?? '';
      sessionStorage.removeItem(HANDOVER_KEY);
    } catch {
      // Storage disabled by policy: nothing was handed over.
      handedOverText = '';
    }
  }
  return handedOverText;
}

function readInitialQuery(param: string | undefined): string {
  if (!param) return '';
  return new URLSearchParams(window.location.search).get(param) ?? readHandedOverText();
}

/** Keeps ?param= in step with the field: the code when it is one short, found code or symbol, otherwise nothing. */
function writeUrlQuery(param: string, shareable: string | undefined): void {
  const url = new URL(window.location.href);
  if (shareable === undefined) url.searchParams.delete(param);
  else url.searchParams.set(param, shareable);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

function handOver(text: string): void {
  try {
    sessionStorage.setItem(HANDOVER_KEY, text);
  } catch {
    // Storage disabled by policy: the full lookup opens empty.
  }
}

const subscribeToNothing = () => () => undefined;

function ErrorLookupTool({ index, base, urlParam, headingLevel = 2, label = 'Error code, symbol or pasted message' }: Props) {
  const lookup = useMemo(() => createErrorLookup(index), [index]);
  // The URL is read once, during hydration: the server renders an empty field, the browser the ?q= text.
  const urlQuery = useSyncExternalStore(
    subscribeToNothing,
    () => readInitialQuery(urlParam),
    () => '',
  );
  const [typed, setTyped] = useState<string | null>(null);
  const query = typed ?? urlQuery;
  const outcome = useMemo(() => parseErrorInput(query, lookup), [query, lookup]);
  const resultsRef = useRef<HTMLElement>(null);
  const fieldId = useId();
  const hintId = useId();
  const resultsId = useId();

  const syncAddress = useCallback(
    (value: string) => {
      if (!urlParam) return;
      const shareable = pickShareableQuery(value);
      const isFound = shareable !== undefined && parseErrorInput(shareable, lookup).status === 'found';
      writeUrlQuery(urlParam, isFound ? shareable : undefined);
    },
    [urlParam, lookup],
  );
  // A link may have brought long text in ?q=; once it is read, the address keeps only what it may hold.
  useEffect(() => {
    if (urlQuery !== '') syncAddress(urlQuery);
  }, [urlQuery, syncAddress]);

  const update = useCallback(
    (value: string) => {
      setTyped(value);
      syncAddress(value);
    },
    [syncAddress],
  );

  const onChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    update(event.target.value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  };
  const onSubmit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    // Results update as the user types; the button moves focus to them for keyboard and screen-reader users.
    event.preventDefault();
    resultsRef.current?.focus();
  };

  const shareableQuery = pickShareableQuery(query);
  const fullLookupHref = `${withBase(base, '/errors/')}${shareableQuery ? `?q=${encodeURIComponent(shareableQuery)}` : ''}`;
  const hasOutput = outcome.status !== 'empty';

  return (
    <div className="kb-error-lookup">
      <form
        className="kb-error-lookup__form"
        role="search"
        aria-label="Error code lookup"
        action={withBase(base, '/errors/')}
        method="get"
        onSubmit={onSubmit}
      >
        <label className="kb-error-lookup__label" htmlFor={fieldId}>
          {label}
        </label>
        <p id={hintId} className="kb-error-lookup__hint">
          A number in any form (809, 0x329, 0x80070329, -2147024087), a symbol or part of one (ERROR_VPN_TIMEOUT, vpn_timeout), or a whole
          event message or rasdial output. Enter shows the results, Shift+Enter starts a new line. Nothing you paste leaves this page or
          goes into its address.
        </p>
        <textarea
          id={fieldId}
          className="kb-error-lookup__input"
          name="q"
          rows={3}
          value={query}
          onChange={onChange}
          onKeyDown={onKeyDown}
          aria-describedby={hintId}
          aria-controls={resultsId}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
        />
        <div className="kb-error-lookup__actions">
          <button type="submit" className="kb-button">
            Show results
          </button>
          {query !== '' && (
            <button
              type="button"
              className="kb-button kb-button--secondary"
              onClick={() => {
                update('');
              }}
            >
              Clear
            </button>
          )}
          {!urlParam && (
            <a
              className="kb-error-lookup__full"
              href={fullLookupHref}
              onClick={() => {
                if (!shareableQuery && query.trim() !== '') handOver(query);
              }}
            >
              Open in the full lookup
            </a>
          )}
        </div>
      </form>

      <div className="kb-error-lookup__examples">
        <p className="kb-error-lookup__examples-label" id={`${fieldId}-examples`}>
          Try an example:
        </p>
        <ul aria-labelledby={`${fieldId}-examples`}>
          {EXAMPLES.map((example) => (
            <li key={example.label}>
              <button
                type="button"
                className="kb-error-lookup__chip"
                onClick={() => {
                  update(example.text);
                }}
              >
                {example.label}
              </button>
            </li>
          ))}
        </ul>
      </div>

      <p className="kb-error-lookup__status" role="status" aria-live="polite" aria-atomic="true">
        {hasOutput ? outcome.message : ''}
      </p>

      <IslandBoundary tool="error lookup" resetKey={outcome} hint="Your text is kept above; edit it to try again.">
        <section id={resultsId} ref={resultsRef} className="kb-error-lookup__results" tabIndex={-1} aria-label="Lookup results">
          {outcome.notes.length > 0 && (
            <ul className="kb-error-lookup__notes">
              {outcome.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          {outcome.results.map((result) => (
            <ErrorResultCard key={result.id} result={result} base={base} headingLevel={headingLevel} />
          ))}
          {outcome.events.length > 0 && (
            <div className="kb-error-lookup__events">
              <p className="kb-error-lookup__events-title">Events named in the text</p>
              <ul>
                {outcome.events.map((event) => (
                  <li key={event.id} data-event={event.id}>
                    <a href={withBase(base, event.path)}>{event.title}</a> — <InlineMarkup text={event.description} base={base} />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      </IslandBoundary>
    </div>
  );
}

/** The island: the tool inside the error boundary every island shares. */
export default function ErrorLookup(props: Props) {
  return (
    <IslandBoundary tool="error lookup">
      <ErrorLookupTool {...props} />
    </IslandBoundary>
  );
}
