/**
 * A small copy-to-clipboard button for the checker islands (the copy itself
 * is the site's shared one in src/scripts/clipboard.ts). The result is announced.
 */
import { useEffect, useState } from 'react';
import { copyText } from '../../scripts/clipboard';

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
