/**
 * Builds the book's structure (chapters, their sections in order, previous
 * and next links, breadcrumbs) from plain entry data. Pages call this once
 * and hand the result to components, which only render it.
 */
import { parseEntryPath, parseOrderedSegment } from './paths';

/** What the tree needs from a chapter.yaml entry. */
export interface ChapterEntry {
  readonly id: string;
  /** Path of the entry file relative to content/guide, e.g. `01-planning/chapter.yaml`. */
  readonly entryPath: string;
  readonly title: string;
  readonly summary: string;
}

/** What the tree needs from a section's MDX entry. */
export interface SectionEntry {
  readonly id: string;
  /** Path of the entry file relative to content/guide, e.g. `01-planning/02-protocols.mdx`. */
  readonly entryPath: string;
  readonly title: string;
  readonly description: string;
  readonly sidebarLabel?: string | undefined;
}

export interface SectionNode {
  readonly id: string;
  readonly chapterId: string;
  readonly order: number;
  readonly title: string;
  /** Text for the sidebar: sidebarLabel or title. */
  readonly label: string;
  readonly description: string;
  /** Site-relative path without the base: `/guide/planning/protocols/`. */
  readonly path: string;
}

export interface ChapterNode {
  readonly id: string;
  readonly order: number;
  readonly title: string;
  readonly summary: string;
  /** `/guide/planning/` */
  readonly path: string;
  readonly sections: readonly SectionNode[];
}

export interface GuideTree {
  readonly chapters: readonly ChapterNode[];
}

export function sectionPath(sectionId: string): string {
  return `/guide/${sectionId}/`;
}

export function chapterPath(chapterId: string): string {
  return `/guide/${chapterId}/`;
}

/**
 * Orders chapters and sections by their numeric prefixes. Throws when a
 * section's folder has no chapter.yaml, or two entries share an order.
 */
export function buildGuideTree(chapters: readonly ChapterEntry[], sections: readonly SectionEntry[]): GuideTree {
  const byChapter = new Map<string, SectionNode[]>();
  for (const chapter of chapters) byChapter.set(chapter.id, []);

  for (const section of sections) {
    const segments = parseEntryPath(section.entryPath);
    const chapterSegment = segments[0];
    const sectionSegment = segments[1];
    if (!chapterSegment || !sectionSegment) throw new Error(`Unexpected guide entry path "${section.entryPath}".`);
    const list = byChapter.get(chapterSegment.slug);
    if (!list) {
      throw new Error(`Section "${section.entryPath}" is in a folder without chapter.yaml; add one with a title and summary.`);
    }
    list.push({
      id: section.id,
      chapterId: chapterSegment.slug,
      order: sectionSegment.order,
      title: section.title,
      label: section.sidebarLabel ?? section.title,
      description: section.description,
      path: sectionPath(section.id),
    });
  }

  const nodes = chapters.map((chapter): ChapterNode => {
    const folder = chapter.entryPath.split('/')[0] ?? '';
    const sectionsInOrder = [...(byChapter.get(chapter.id) ?? [])].sort((a, b) => a.order - b.order);
    assertUniqueOrders(sectionsInOrder, `chapter "${chapter.id}"`);
    return {
      id: chapter.id,
      order: parseOrderedSegment(folder).order,
      title: chapter.title,
      summary: chapter.summary,
      path: chapterPath(chapter.id),
      sections: sectionsInOrder,
    };
  });
  const ordered = nodes.sort((a, b) => a.order - b.order);
  assertUniqueOrders(ordered, 'the guide');
  return { chapters: ordered };
}

function assertUniqueOrders(items: ReadonlyArray<{ order: number; id: string }>, where: string): void {
  for (let i = 1; i < items.length; i += 1) {
    const previous = items[i - 1];
    const current = items[i];
    if (previous && current && previous.order === current.order) {
      throw new Error(`"${previous.id}" and "${current.id}" share the number ${current.order} in ${where}; renumber one of them.`);
    }
  }
}

/** Every section, in reading order. */
export function sectionsInReadingOrder(tree: GuideTree): SectionNode[] {
  return tree.chapters.flatMap((chapter) => [...chapter.sections]);
}

export interface Neighbours {
  readonly previous?: SectionNode;
  readonly next?: SectionNode;
}

/** Previous and next sections in reading order, across chapter boundaries. */
export function findNeighbours(tree: GuideTree, sectionId: string): Neighbours {
  const all = sectionsInReadingOrder(tree);
  const index = all.findIndex((section) => section.id === sectionId);
  if (index < 0) return {};
  const previous = all[index - 1];
  const next = all[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

export function findChapter(tree: GuideTree, chapterId: string): ChapterNode | undefined {
  return tree.chapters.find((chapter) => chapter.id === chapterId);
}

export function findSection(tree: GuideTree, sectionId: string): SectionNode | undefined {
  return sectionsInReadingOrder(tree).find((section) => section.id === sectionId);
}
