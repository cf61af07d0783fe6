/// <reference types="astro/client" />

/** Token colour rules for class-based code highlighting (src/integrations/code-theme.ts). */
declare module 'virtual:kb-code-theme.css';

interface ImportMetaEnv {
  /** Build setting: `index` (default) or `noindex`; see src/lib/hosting/robots.ts. */
  readonly KB_ROBOTS?: string;
}
