/**
 * Owners listed with their shares: "a consortium in which MMG holds 62.5%, Guoxin 22.5% and CITIC
 * Metal 15%", "una empresa conjunta de la china Inspur, que posee el 55%, y de Aceros Sur, dueña del
 * 45% restante", "CNOOC will operate the block with a 70% interest, while Karoon holds the other 30%".
 * When a sentence about ownership states two shares or more, each share's owner is the nearest body
 * before it, and what they own is the company or facility named before the first owner (else the one
 * facility of the sentence). Each owner OWNS it; the share is read as its quantity.
 */
import { DATELINE, isPossessor, proposal, type Proposal } from './proposal.js';
import type { Endpoint, SentenceEndpoints } from './types.js';

const SHARE = /(?<![\d.,])\d+(?:[.,]\d+)?\s?(?:%|percent|per cent|por ciento)/gu;
/** Words that make a sentence's shares ownership. */
const OWNERSHIP = new RegExp(
  '(?<!\\p{L})(?:holds?|held|owns?|owned|tiene|tienen|posee|poseen|dueñ[oa]s?|propiedad|stake|participación|interest|capital|' +
    'accionistas?|shareholders?|controls?|joint venture|empresa conjunta|consorcio|consortium|in which|en la que|en el que)(?!\\p{L})',
  'iu',
);
const OWNERS = new Set(['COMPANY', 'GROUP', 'GOVERNMENT', 'ORGANIZATION', 'COUNTRY', 'PERSON']);
const OWNED = new Set(['COMPANY', 'INFRASTRUCTURE', 'ORGANIZATION']);

/** The OWNS relations of one sentence's listed shares (`inside` its endpoints, sorted by start). */
export function shareholderRelations({ text, sentence, inside }: SentenceEndpoints): Proposal[] {
  const body = text.slice(sentence.start, sentence.end);
  const shares = [...body.matchAll(SHARE)].map((m) => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }));
  if (shares.length < 2 || !OWNERSHIP.test(body)) return [];
  // "owns 60% of Chancay": a share that names what it is of is the ownership rules' (trigger-relations.ts).
  const ofNamed = (share: { end: number }) =>
    inside.some((e) => e.start >= share.end && /^\s+(?:of|de|del)\s+(?:(?:the|la|el)\s+)?$/u.test(text.slice(share.end, e.start)));
  if (shares.some(ofNamed)) return [];
  const from = sentence.start + (DATELINE.exec(body)?.[0].length ?? 0);
  const owners: { owner: Endpoint; share: { start: number; end: number } }[] = [];
  let after = from;
  for (const share of shares) {
    const owner = [...inside]
      .reverse()
      .find(
        (e) =>
          e.start >= after &&
          e.end <= share.start &&
          OWNERS.has(e.type) &&
          !isPossessor(text, e) &&
          !owners.some((o) => o.owner.id === e.id),
      );
    if (owner) owners.push({ owner, share });
    after = share.end;
  }
  if (owners.length < 2) return [];
  const ownerIds = new Set(owners.map((o) => o.owner.id));
  const first = owners[0]!.owner;
  const named = inside.filter(
    (e) => e.start >= from && e.end <= first.start && OWNED.has(e.type) && !ownerIds.has(e.id) && !isPossessor(text, e),
  );
  const facilities = new Set(inside.filter((e) => e.type === 'INFRASTRUCTURE' && !ownerIds.has(e.id)).map((e) => e.id));
  const owned = named[named.length - 1] ?? (facilities.size === 1 ? inside.find((e) => facilities.has(e.id)) : undefined);
  if (!owned) return [];
  return owners.map(({ owner, share }) => proposal({ text, type: 'OWNS', source: owner, target: owned, hit: share, strength: 0.6 }));
}
