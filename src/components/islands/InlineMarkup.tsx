/**
 * React twin of components/errors/InlineText.astro: renders a data string's
 * `code` spans and [links](/path) as elements, never as HTML.
 */
import { parseInlineMarkup, type InlineLeaf } from '../../lib/text/inline-markup';
import { withBase } from '../../lib/site/url';

interface Props {
  text: string;
  /** The site's base path (`/` or `/kb/`), added to root-relative links. */
  base: string;
}

function renderLeaf(leaf: InlineLeaf, key: number) {
  return leaf.type === 'code' ? <code key={key}>{leaf.text}</code> : <span key={key}>{leaf.text}</span>;
}

export default function InlineMarkup({ text, base }: Props) {
  return (
    <>
      {parseInlineMarkup(text).map((segment, index) => {
        if (segment.type !== 'link') return renderLeaf(segment, index);
        return (
          <a
            key={index}
            href={segment.isInternal ? withBase(base, segment.href) : segment.href}
            rel={segment.isInternal ? undefined : 'noopener noreferrer external'}
          >
            {segment.children.map(renderLeaf)}
          </a>
        );
      })}
    </>
  );
}
