/**
 * Serves the token colour rules for class-based highlighting as a virtual
 * stylesheet (`virtual:kb-code-theme.css`) that the base layout imports, so
 * the colours are bundled with the rest of the site's CSS.
 */
import type { AstroIntegration } from 'astro';

const VIRTUAL_ID = 'virtual:kb-code-theme.css';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function codeTheme(css: string): AstroIntegration {
  return {
    name: 'kb-code-theme',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kb-code-theme-css',
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: (id: string) => (id === RESOLVED_ID ? css : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
