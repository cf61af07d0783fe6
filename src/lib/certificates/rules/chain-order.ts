import type { Rule } from '../../rules/contract';
import { GUIDE, SOURCES } from '../sources';
import type { CertificateFacts } from '../types';
import { hit, type CertificateContext } from './support';

function label(certificate: CertificateFacts): string {
  return `#${certificate.position} ${certificate.subject}`;
}

/** Orders the certificates leaf first, each followed by its issuer; undefined when they do not form one chain. */
export function orderChain(chain: readonly CertificateFacts[]): CertificateFacts[] | undefined {
  const issuedByAnother = (candidate: CertificateFacts) =>
    chain.some((other) => other !== candidate && !other.isSelfIssued && other.issuerKey === candidate.subjectKey);
  const leaves = chain.filter((candidate) => !issuedByAnother(candidate));
  const [leaf] = leaves;
  if (leaves.length !== 1 || leaf === undefined) return undefined;
  const ordered = [leaf];
  let current = leaf;
  while (ordered.length < chain.length) {
    const issuer = chain.find((candidate) => !ordered.includes(candidate) && candidate.subjectKey === current.issuerKey);
    if (issuer === undefined) return undefined;
    ordered.push(issuer);
    current = issuer;
  }
  return ordered;
}

/** A pasted chain should run leaf first, each certificate issued by the next. */
export const chainOrderRule: Rule<CertificateContext> = {
  id: 'chain-order',
  title: 'Chain order',
  guide: [GUIDE.ntauth],
  sources: [SOURCES.rfc5280],
  check: ({ chain }) => {
    if (chain.length < 2) return [];
    const breaks = chain.slice(0, -1).flatMap((certificate, index) => {
      const next = chain[index + 1];
      return next !== undefined && certificate.issuerKey !== next.subjectKey
        ? [`${label(certificate)} is not issued by ${label(next)}`]
        : [];
    });
    if (breaks.length === 0)
      return [hit('pass', `${chain.length} certificates, each issued by the next.`, 'A chain runs from the leaf up to the root.')];
    const ordered = orderChain(chain);
    const expected =
      ordered === undefined
        ? 'These certificates do not form a single chain; paste the leaf and the CAs that issued it.'
        : `Reorder them leaf first: ${ordered.map((certificate) => `#${certificate.position}`).join(', ')}. The checks use the leaf either way.`;
    return [hit('warning', `${breaks.join('; ')}.`, expected)];
  },
};
