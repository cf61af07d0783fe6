/**
 * Copies text to the clipboard from a click handler. Uses the Clipboard API
 * where the page is a secure context, and falls back to a selection copy on
 * plain-http intranet sites, where that API does not exist. Resolves to
 * whether the text was copied.
 */
export async function copyText(text: string): Promise<boolean> {
  if (window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused: fall through to the selection copy.
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
    // execCommand is deprecated, but it is the only copy path on plain-http pages.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    isCopied = document.execCommand('copy');
  } catch {
    isCopied = false;
  }
  area.remove();
  return isCopied;
}
