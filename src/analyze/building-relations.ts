/**
 * Who builds a facility when no finite verb says so. A purpose infinitive makes the body chosen, paid
 * or licensed for the work its builder: "LAP has chosen CSCEC to build Lima Cargo City", "won the
 * contract to build Line 3", "otorgó a Jinzhao Perú la habilitación para construir el terminal". A
 * relative clause whose subject is a body names the facility before it: "the wind farm that Engie is
 * building", "el parque eólico Wayra Sur, que la generadora Statkraft Perú construye".
 */
import { proposal, type Proposal } from './proposal.js';
import { fits } from './relation-ends.js';
import type { SentenceEndpoints } from './types.js';

/** A purpose infinitive of building, and the article of its object: "to build the", "para construir un". */
const TO_BUILD = /(?<!\p{L})(?:to build|to construct|para construir|para edificar)\s+(?:(?:the|a|an|el|la|los|las|un|una)\s+)?/giu;
/** Before the infinitive: an offer or a plan, which builds nothing yet ("offered to build", "planea"). */
const NOT_YET = /(?:offered|offers|proposed|proposes|plans|planned|wants|seeks|ofreció|propuso|planea|busca|quiere)\s*$/iu;
/** Before a body: an aside's agent ("led by", "liderado por la china"), which is no party of the sentence's verb. */
const AGENT_BEFORE = new RegExp(
  '(?:led|owned|controlled|run|formed)\\s+by\\s+(?:the\\s+)?$|' +
    '(?:liderad|encabezad|integrad|formad|controlad)[oa]\\s+por\\s+(?:(?:el|la)\\s+)?(?:\\p{Ll}+\\s+){0,2}$',
  'iu',
);
/** Between a facility and the body that builds it: "that … is building", ", que la generadora … construye". */
const OBJECT_RELATIVE = /^\s*,?\s*(?:that|which|que)\s+(?:(?:the|el|la)\s+)?(?:\p{Ll}+\s+){0,2}$/u;
/** After that body: the verb of building ("is building", "construye", "construyó", "built"). */
const BUILDS_AFTER = new RegExp(
  '^\\s+(?:(?:is|was|has been|had been)\\s+building|built|has built|had built|' +
    'construye|construyó|construía|está construyendo|ha construido)(?!\\p{L})',
  'iu',
);
/** Who may be named as building in a relative clause. */
const BUILDERS = new Set(['COMPANY', 'GROUP', 'GOVERNMENT', 'ORGANIZATION']);

/** The BUILT relations of one sentence that no verb of building governs. */
export function buildingRelations({ text, sentence, inside }: SentenceEndpoints): Proposal[] {
  const out: Proposal[] = [];
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(TO_BUILD)) {
    const at = sentence.start + m.index;
    const after = sentence.start + m.index + m[0].length;
    if (NOT_YET.test(text.slice(Math.max(sentence.start, at - 12), at))) continue;
    // The object is the first name after the infinitive, a few words at most into it ("the 500-kilovolt line").
    const object = inside.find((e) => e.start >= after);
    const facility = object && object.start <= after + 30 && object.type === 'INFRASTRUCTURE' ? object : undefined;
    const builder = [...inside]
      .reverse()
      .find(
        (e) =>
          e.end <= at &&
          (e.type === 'COMPANY' || e.type === 'GROUP') &&
          !AGENT_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 40), e.start)) &&
          !/\(\s*$/u.test(text.slice(Math.max(sentence.start, e.start - 2), e.start)),
      );
    if (facility && builder && builder.id !== facility.id && fits('BUILT', builder.type, facility.type))
      out.push(proposal({ text, type: 'BUILT', source: builder, target: facility, hit: { start: at, end: after }, strength: 0.6 }));
  }
  for (const [i, facility] of inside.entries()) {
    if (facility.type !== 'INFRASTRUCTURE') continue;
    const builder = inside[i + 1];
    if (!builder || !BUILDERS.has(builder.type) || !OBJECT_RELATIVE.test(text.slice(facility.end, builder.start))) continue;
    const verb = BUILDS_AFTER.exec(text.slice(builder.end, builder.end + 30));
    if (verb && builder.id !== facility.id)
      out.push(
        proposal({
          text,
          type: 'BUILT',
          source: builder,
          target: facility,
          hit: { start: builder.end, end: builder.end + verb[0].length },
          strength: 0.6,
        }),
      );
  }
  // "la Red Dorsal, que construyó la mexicana Azteca": the verb before its subject.
  for (const [i, facility] of inside.entries()) {
    if (facility.type !== 'INFRASTRUCTURE') continue;
    const builder = inside[i + 1];
    const gap = builder ? text.slice(facility.end, builder.start) : '';
    const verb =
      /^\s*,\s*(?:que|which)\s+(construyó|construye|construía|built|is building)\s+(?:(?:el|la|the)\s+)?(?:\p{Ll}+\s+){0,2}$/iu.exec(gap);
    if (builder && verb && BUILDERS.has(builder.type) && builder.id !== facility.id)
      out.push(
        proposal({
          text,
          type: 'BUILT',
          source: builder,
          target: facility,
          hit: { start: facility.end, end: builder.start },
          strength: 0.6,
        }),
      );
  }
  return out;
}
