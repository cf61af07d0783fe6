/**
 * A small copy-to-clipboard button for the checker islands. Uses the
 * Clipboard API where the page is a secure context and falls back to a
 * selection copy on plain-http intranet sites. The result is announced.
 */
import { useEffect, useState } from 'react';

async function copyText(text: string): Promise<boolean> {
  if ('clipboard' in navigator && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused or unavailable: fall through to the selection copy.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'kb-visually-hidden';
  document.body.append(area);
  area.select();
  let isCopied = false;
  try {
    // execCommand is deprecated but is the only copy path on non-secure (http) intranet pages.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the Clipboard API needs a secure context
    isCopied = document.execCommand('copy');
  } catch {
    isCopied = false;
  }
  area.remove();
  return isCopied;
}

export interface CopyButtonProps {
  /** The text to copy. */
  readonly text: string;
  /** What is copied, for the accessible name: "Copy {label}". */
  readonly label: string;
  readonly className?: string;
}

export function CopyButton({ text, label, className }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = window.setTimeout(() => {
      setState('idle');
    }, 2500);
    return () => {
      window.clearTimeout(timer);
    };
  }, [state]);
  const onClick = () => {
    void copyText(text).then((isCopied) => {
      setState(isCopied ? 'copied' : 'failed');
    });
  };
  const visible = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy';
  return (
    <>
      <button
        type="button"
        className={`kb-button kb-button--secondary kb-checker-copy ${className ?? ''}`.trim()}
        onClick={onClick}
        aria-label={`${visible} ${label}`}
      >
        {visible}
      </button>
      <span className="kb-visually-hidden" role="status">
        {state === 'copied'
          ? `${label} copied to the clipboard.`
          : state === 'failed'
            ? `Could not copy ${label}; select the text and copy it.`
            : ''}
      </span>
    </>
  );
}
