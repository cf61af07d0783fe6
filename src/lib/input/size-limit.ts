/**
 * Size limits for pasted text, one per tool, and the sentence shown past them.
 * Each limit leaves a wide margin over the largest real input the tool reads,
 * so only a paste of the wrong thing (a whole log, a binary file) reaches it.
 */

export interface PasteLimit {
  /** Largest accepted input, in UTF-16 code units (characters as the textarea counts them). */
  readonly maxChars: number;
  /** What the tool expects, for the message: "a profile", "an IKEv2 policy". */
  readonly expected: string;
  /** What a real input weighs, for the message. */
  readonly typicalSize: string;
}

/** ProfileXML is a few kilobytes; a PowerShell script or an Intune export around it stays well under 100 KB. */
export const PROFILE_TEXT_LIMIT: PasteLimit = {
  maxChars: 256 * 1024,
  expected: 'a profile',
  typicalSize: 'a ProfileXML is a few kilobytes',
};

/** Each side of the IKEv2 checker reads one command, one cmdlet's output or one ProfileXML. */
export const IPSEC_TEXT_LIMIT: PasteLimit = {
  maxChars: 256 * 1024,
  expected: 'an IKEv2 policy',
  typicalSize: 'a command, its output or a ProfileXML is a few kilobytes',
};

/** "612 characters", "300 KB", "8.4 MB" (1 KB = 1024 characters). */
export function formatSize(chars: number): string {
  if (chars < 1024) return `${chars.toLocaleString('en-US')} characters`;
  if (chars < 1024 * 1024) return `${Math.round(chars / 1024).toLocaleString('en-US')} KB`;
  const megabytes = chars / (1024 * 1024);
  return `${megabytes < 10 ? megabytes.toFixed(1) : Math.round(megabytes).toLocaleString('en-US')} MB`;
}

/** The sentence shown when a paste is larger than the tool's limit, or undefined when it fits. */
export function describeOversizedPaste(text: string, limit: PasteLimit): string | undefined {
  if (text.length <= limit.maxChars) return undefined;
  return (
    `This looks like ${formatSize(text.length)} of something other than ${limit.expected}: ` +
    `this tool reads up to ${formatSize(limit.maxChars)} (${limit.typicalSize}). ` +
    'Paste only the part you want checked.'
  );
}
