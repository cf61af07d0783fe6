/**
 * A heading whose level the caller picks: the tool page starts at h2, an
 * embed inside a guide section one level lower.
 */
import type { ReactNode } from 'react';

export type HeadingLevel = 2 | 3 | 4 | 5;

interface HeadingProps {
  readonly level: HeadingLevel;
  readonly className?: string | undefined;
  readonly id?: string | undefined;
  readonly children: ReactNode;
}

export function Heading({ level, className, id, children }: HeadingProps) {
  const Tag = `h${level}` as const;
  return (
    <Tag className={className} id={id}>
      {children}
    </Tag>
  );
}

/** One level deeper, capped at h5. */
export function deeper(level: HeadingLevel): HeadingLevel {
  return level >= 5 ? 5 : ((level + 1) as HeadingLevel);
}
