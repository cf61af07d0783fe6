/**
 * Runs the certificate inspector off the page's main thread. Loaded as a
 * worker by the certificate island after the first input, so the parser
 * never ships with the page (and the page needs no dynamic import). One
 * request in, one plain report out; the inspector itself never throws.
 */
import { inspectCertificates, type InspectOptions } from '../lib/certificates/inspect';

export interface InspectRequest {
  /** Echoed back so the island can drop answers to older input. */
  readonly id: number;
  readonly input: string | Uint8Array;
  readonly options: InspectOptions;
}

self.onmessage = (event: MessageEvent<InspectRequest>) => {
  const { id, input, options } = event.data;
  self.postMessage({ id, report: inspectCertificates(input, options) });
};
