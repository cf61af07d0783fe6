/**
 * Shapes of pasted text that once made a parser slow or crash, as generators
 * of any length. Shared by the property tests and the benchmark.
 */

export interface AdversarialShape {
  readonly name: string;
  /** Text of exactly `length` characters (or the nearest whole repetition above it). */
  readonly make: (length: number) => string;
}

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.max(1, Math.ceil(length / unit.length)));
}

export const ADVERSARIAL_SHAPES: readonly AdversarialShape[] = [
  { name: "run of '<'", make: (length) => repeatTo('<', length) },
  { name: 'escaped &lt;a&gt;', make: (length) => repeatTo('&lt;a&gt;', length) },
  { name: 'unclosed <a>', make: (length) => repeatTo('<a>', length) },
  { name: 'Base64-like text', make: (length) => repeatTo('QUJDRA', length) },
  { name: 'digits', make: (length) => repeatTo('8009', length) },
  { name: 'nested quotes', make: (length) => repeatTo('"\'`\\"', length) },
  { name: 'comment openers', make: (length) => repeatTo('<!--', length) },
  { name: 'XML declarations', make: (length) => repeatTo('<?xml ', length) },
];
