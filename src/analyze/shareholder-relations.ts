/**
 * Owners listed with their shares: "a consortium in which MMG holds 62.5%, Guoxin 22.5% and CITIC
 * Metal 15%", "una empresa conjunta de la china Inspur, que posee el 55%, y de Aceros Sur, dueña del
 * 45% restante", "CNOOC will operate the block with a 70% interest, while Karoon holds the other 30%".
 * When a sentence about ownership states two shares or more, each share's owner is the nearest body
 * before it, and what they own is the company or facility named before the first owner (else the one
 * facility of the sentence). Each owner OWNS it; the share is read as its quantity. The two owners of a
 * joint venture or consortium, or its two members ("el consorcio X, integrado por A y B"), are
 * PARTNERS_WITH each other.
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
export function shareholderRelations({ text, sentence, inside, held }: SentenceEndpoints & { held?: Endpoint }): Proposal[] {
  const body = text.slice(sentence.start, sentence.end);
  const shares = [...body.matchAll(SHARE)].map((m) => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }));
  const listed = listedOwners(text, sentence, inside, shares, held);
  const remaining = listed.length ? undefined : remainingShare(text, sentence, inside, shares, held);
  const owners = listed.length
    ? { members: inside.filter((e) => listed.some((p) => p.sourceId === e.id && p.sourceStart === e.start)), hit: listed[0]! }
    : membersNamed(text, sentence, inside);
  const joint =
    JOINT.test(body) && owners ? partners(text, owners.members, { start: owners.hit.triggerStart, end: owners.hit.triggerEnd }) : [];
  return [...listed, ...(remaining ? [remaining] : []), ...joint];
}

/** Words that make a sentence's owners or members partners of one another: a joint venture, a consortium. */
const JOINT = /(?<!\p{L})(?:joint venture|empresa conjunta|empresa mixta|consorcio|consortium)(?!\p{L})/iu;
/** Before a consortium's two members: "integrado por", "formed by", "made up of". */
const MEMBERS_BY = /(?:integrad[oa]|formad[oa]|conformad[oa]|compuest[oa])\s+por|made up of|formed by|comprising|composed of/giu;
/** Between the two members: "y", "and", past an aside ("Sinohydro, que tiene el 51%, y la peruana …"). */
const MEMBER_AND = /^\s*(?:,[^,;]{1,60},)?\s*(?:y|e|and)\s+(?:(?:la|el|the)\s+)?(?:\p{Ll}+\s+)?$/u;
/** Before the first member: an article and a demonym at most. */
const MEMBER_LEAD = /^\s+(?:(?:la|el|the)\s+)?(?:\p{Ll}+\s+)?$/u;

/** "el consorcio X, integrado por A y B": the two bodies named as members, and the words that name them so. */
function membersNamed(
  text: string,
  sentence: { start: number; end: number },
  inside: readonly Endpoint[],
): { members: Endpoint[]; hit: { triggerStart: number; triggerEnd: number } } | undefined {
  for (const m of text.slice(sentence.start, sentence.end).matchAll(MEMBERS_BY)) {
    const at = sentence.start + m.index + m[0].length;
    const [a, b] = inside.filter((e) => e.start >= at && OWNERS.has(e.type) && e.type !== 'PERSON' && e.type !== 'COUNTRY');
    if (a && b && MEMBER_LEAD.test(text.slice(at, a.start)) && MEMBER_AND.test(text.slice(a.end, b.start)))
      return { members: [a, b], hit: { triggerStart: sentence.start + m.index, triggerEnd: at } };
  }
  return undefined;
}

/**
 * The two owners or members of one joint venture, PARTNERS_WITH each other. Three or more ("a consortium in which MMG holds
 * 62.5%, Guoxin 22.5% and CITIC 15%") are shareholders, not partners.
 */
function partners(text: string, members: readonly Endpoint[], hit: { start: number; end: number }): Proposal[] {
  const [a, b, ...more] = [...new Map(members.map((e) => [e.id, e])).values()];
  return a && b && !more.length ? [proposal({ text, type: 'PARTNERS_WITH', source: a, target: b, hit, strength: 0.6 })] : [];
}

/** The owners of two shares or more, each the nearest body before its share, of the company or facility named before them. */
function listedOwners(
  text: string,
  sentence: { start: number; end: number },
  inside: readonly Endpoint[],
  shares: readonly { start: number; end: number }[],
  held: Endpoint | undefined,
): Proposal[] {
  const body = text.slice(sentence.start, sentence.end);
  if (shares.length < 2 || !OWNERSHIP.test(body)) return [];
  // "owns 60% of Chancay": a share that names what it is of is the ownership rules' (trigger-relations.ts).
  const ofNamed = (share: { end: number }) => inside.some((e) => e.start >= share.end && OF.test(text.slice(share.end, e.start)));
  if (shares.some(ofNamed)) return [];
  // "is owned 75% by X and 25% by Y": the owner follows its share, as the passive rules read it (trigger-relations.ts).
  if (shares.some((share) => /^\s+(?:by|por)\s/u.test(text.slice(share.end, share.end + 5)))) return [];
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
  const owned =
    named[named.length - 1] ??
    (facilities.size === 1 ? inside.find((e) => facilities.has(e.id)) : undefined) ??
    (held && !ownerIds.has(held.id) ? held : undefined);
  if (!owned) return [];
  return owners.map(({ owner, share }) => proposal({ text, type: 'OWNS', source: owner, target: owned, hit: share, strength: 0.6 }));
}

/** Between a share and what it is a share of: "of the", "de", "del". */
const OF = /^\s+(?:of|de|del)\s+(?:(?:the|la|el)\s+)?$/u;
/** Around a share, what makes it the rest of one already told: "the remaining 40%", "el 30% restante", "the other 30%". */
const REMAINING_BEFORE = /(?:remaining|other|rest of the)\s+$/iu;
const REMAINING_AFTER = /^\s+(?:restante|restantes|remaining)(?!\p{L})/iu;
/** Between the owner of the rest and its share: the owner's verb, "holds", "retains", "will keep", "que conserva el". */
const OWNER_THEN_REST = new RegExp(
  // The owner is the verb's subject: right before it, past an aside between commas and a relative pronoun.
  '^\\s*(?:,[^,;]{1,80},)?\\s*(?:,\\s*(?:which|who|que|quien)\\s+)?(?:(?:will|also|still|would|ya|también)\\s+)*' +
    '(?:holds?|held|owns?|keeps?|kept|retains?|retained|keep|retain|posee|poseen|tiene|tienen|conserva|conservará|' +
    'conservan|mantiene|mantendrá|retiene|retendrá|controla|controlará)\\s+(?:(?:the|el|la|a|an|its|su)\\s+)?' +
    '(?:(?:remaining|other|rest of the)\\s+)?$',
  'iu',
);

/**
 * "Volcan holds the remaining 40%", "Eduardo Quiroz retains the remaining 25%", "el Grupo Romero conservará el 30% restante":
 * the one share of a sentence that is the rest of what the text has just said is owned. Its owner is the nearest body or person
 * before it, the subject of the verb that holds it; what is owned, `held` (what the text last said was bought, sold or
 * owned), else the sentence's subject when it is a company or facility.
 */
function remainingShare(
  text: string,
  sentence: { start: number; end: number },
  inside: readonly Endpoint[],
  shares: readonly { start: number; end: number }[],
  held: Endpoint | undefined,
): Proposal | undefined {
  const share = shares.find(
    (x) => REMAINING_BEFORE.test(text.slice(Math.max(0, x.start - 20), x.start)) || REMAINING_AFTER.test(text.slice(x.end, x.end + 12)),
  );
  if (!share || shares.length > 2) return undefined;
  const owner = [...inside].reverse().find((e) => e.end <= share.start && OWNERS.has(e.type) && !isPossessor(text, e));
  if (!owner || !OWNER_THEN_REST.test(text.slice(owner.end, share.start))) return undefined;
  const from = sentence.start + (DATELINE.exec(text.slice(sentence.start, sentence.end))?.[0].length ?? 0);
  const subject = inside.find((e) => e.start >= from && e.end <= owner.start && OWNED.has(e.type) && !isPossessor(text, e));
  // "X owns 60% of Chancay, and Volcan holds the remaining 40%": the ownership rules read a share that says what it is of
  // (trigger-relations.ts); "es propiedad en un 60% de Cosco" names an owner after "de".
  const other = shares.find((x) => x !== share);
  const ofOther = other && !/propiedad(?:\s+en\s+un)?\s+$/iu.test(text.slice(Math.max(0, other.start - 25), other.start));
  if (ofOther && inside.some((e) => e.start >= other.end && OF.test(text.slice(other.end, e.start)))) return undefined;
  const otherOwner = other && [...inside].reverse().find((e) => e.end <= other.start && OWNERS.has(e.type));
  const owned = held ?? (subject && subject === inside.find((e) => e.start >= from) ? subject : undefined);
  if (!owned || owned.id === owner.id || owned.id === otherOwner?.id) return undefined;
  return proposal({ text, type: 'OWNS', source: owner, target: owned, hit: share, strength: 0.6 });
}
