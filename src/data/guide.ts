/**
 * Reads the guide collections and returns the book's structure as plain
 * data (built by src/lib/guide/tree.ts). Drafts are left out of production builds.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildGuideTree, type GuideTree } from '../lib/guide/tree';

const GUIDE_ROOT = 'content/guide/';

function relativeEntryPath(filePath: string | undefined, id: string): string {
  if (!filePath) throw new Error(`Guide entry "${id}" has no file path.`);
  const normalised = filePath.replaceAll('\\', '/');
  const at = normalised.indexOf(GUIDE_ROOT);
  return at >= 0 ? normalised.slice(at + GUIDE_ROOT.length) : normalised;
}

export async function getPublishedSections(): Promise<CollectionEntry<'guide'>[]> {
  return getCollection('guide', (entry) => import.meta.env.DEV || !entry.data.draft);
}

let cachedTree: Promise<GuideTree> | undefined;

export function getGuideTree(): Promise<GuideTree> {
  cachedTree ??= (async () => {
    const [chapters, sections] = await Promise.all([getCollection('chapters'), getPublishedSections()]);
    return buildGuideTree(
      chapters.map((chapter) => ({
        id: chapter.id,
        entryPath: relativeEntryPath(chapter.filePath, chapter.id),
        title: chapter.data.title,
        summary: chapter.data.summary,
      })),
      sections.map((section) => ({
        id: section.id,
        entryPath: relativeEntryPath(section.filePath, section.id),
        title: section.data.title,
        description: section.data.description,
        sidebarLabel: section.data.sidebarLabel,
      })),
    );
  })();
  return cachedTree;
}
