/**
 * Relations that trigger words state: a trigger ("signed", "visited", "投资" …) relates its subject
 * (the nearest entity before it that can take part, and those coordinated with it) to the nearest
 * entity after it that fits, read in passive order after "by"/"por"/由/被, and to the entity a
 * relative clause hangs on ("the Marcona mine, which Peru sold …"). Verb-final and symmetric
 * triggers pair two entities before them. Purchases and sales, which name a third party, are
 * transfer-relations.ts's.
 */
import type { RelationType } from '../domain/vocabulary.js';
import { isPossessor, proposal, words, type Proposal } from './proposal.js';
import { statementRelations } from './statement-relations.js';
import { transferRelations } from './transfer-relations.js';
import { triggerHits, type Hit } from './trigger-hits.js';
import { fits } from './relation-ends.js';
import { relationOfBodyTitle } from './body-title-relations.js';
import { POSSESSIVE_APPOSITION } from './noun-phrase-relations.js';
import { verbSubjectRelative } from './verb-subject-relative.js';
import { CONJUNCTION, coordinatedAround, withListed } from './coordination.js';
import { coParties, firstFitting, furtherAgents, nearestPair, titledAfter } from './trigger-targets.js';
import type { Endpoint, SentenceEndpoints } from './types.js';

/** Text between a trigger and its target that ends the clause ("owns 60 percent, and the miner X holds …"). */
const CLAUSE_BREAK = /,\s|;|:|\s(?:but|while|which|who|whereas|although|after|before|because)\s|[，；。：]/u;
/** A comma between hyphenated premodifiers ("the Chinese-controlled, Hong Kong-based X"), which breaks no clause. */
const PREMODIFIER_COMMA = /(?<=\p{L}-(?:controlled|owned|based|run|backed|listed|funded)),\s/gu;
/** Between a verb and its object: a title of the object and a comma ("met his Chinese counterpart, "). */
const TITLED_OBJECT_WORDS = new RegExp(
  '^\\s+(?:(?:with|con|a|al)\\s+)?(?:his|her|its|their|the|su|sus|el|la)\\s+(?:[\\p{L}-]+\\s+){0,3}?' +
    '(?:counterpart|homólog[oa]|president|presidente|presidenta|minister|ministro|ministra|ambassador|embajador|embajadora|' +
    'foreign minister|canciller|premier|envoy|host|anfitrión|anfitriona|vice-president|vicepresidente|vicepresidenta)\\s*,\\s*$',
  'iu',
);
/** Before an object named right after its title: "met Premier ", "se reunió con el primer ministro ", "met Chinese Vice-President ". */
const TITLE_BEFORE_NAME = new RegExp(
  '^\\s+(?:(?:with|con|a|al)\\s+)?(?:(?:the|el|la|his|her|its|su)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?' +
    '(?:premier|primer ministro|prime minister|president|presidente|presidenta|minister|ministro|ministra|canciller|ambassador|' +
    'embajador|embajadora|vice-premier|viceprimer ministro|vice-president|vicepresidente|vicepresidenta|governor|gobernador|' +
    'gobernadora|mayor|alcalde|alcaldesa|chairman|chairwoman|ceo|secretary|secretario|secretaria)\\s+$',
  'iu',
);
/** "met the regional governor, ": an article, lower-case words, an office of a body ("governor", "general manager"), a comma. */
const OFFICE_OBJECT = /^\s+(?:(?:with|con|a|al)\s+)?(?:the|el|la)\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s*,\s*$/u;
/** Before an object named after its title and a comma: "met his Chinese counterpart, ", "met the regional governor, ". */
const titledObject = (gap: string): boolean => {
  if (TITLED_OBJECT_WORDS.test(gap) || TITLE_BEFORE_NAME.test(gap)) return true;
  const office = OFFICE_OBJECT.exec(gap)?.[1];
  return office !== undefined && (relationOfBodyTitle(office) ?? relationOfBodyTitle(office.split(' ').pop()!)) !== undefined;
};
/** "opera su propio embarcadero, el Muelle San Nicolás": a facility's noun, then its name after a comma. */
const NAMED_FACILITY = new RegExp(
  '^\\s+(?:its|their|the|a|su|sus|el|la|un|una)\\s+(?:own\\s+|propi[oa]\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?' +
    '(?:pier|wharf|port|terminal|plant|mine|refinery|hospital|warehouse|embarcadero|muelle|puerto|planta|mina|refinería|' +
    'almacén|central)\\s*,\\s*(?:(?:the|el|la)\\s+)?$',
  'iu',
);
/** "China’s Minister of Natural Resources, ": a possessor, an office of a few words, a comma. */
const POSSESSED_OFFICE = /^\s*(?:(?:with|con)\s+)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?['’]s\s+(?:[\p{L}-]+\s+){0,5}?[\p{L}-]+\s*,\s*$/u;
/** The person named after a possessor's office ("met China’s Minister of Natural Resources, Wang Guanghua"), if so. */
function possessedOfficeHolder(text: string, possessor: Endpoint, inside: readonly Endpoint[]): Endpoint | undefined {
  const next = inside.find((e) => e.start > possessor.end);
  if (next?.type !== 'PERSON' || !isPossessor(text, possessor)) return undefined;
  return POSSESSED_OFFICE.test(text.slice(possessor.start, next.start)) ? next : undefined;
}
/** Between a name and the noun of its apposition: "X, the ", "X (XYZ), la ", "X, its new ". */
const APPOSED_NOUN = /^\s*(?:\([^()]*\))?\s*,\s*(?:(?:the|el|la|its|su|a|an|un|una)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
/** Text between a subject and its trigger that ends the clause. */
const SUBJECT_BREAK = /;|:|[；。：]/u;
/** A verb coordinated with the one before it ("visited X … and met Y"): same subject. */
const VERB_COORDINATION = /\s(?:and|y)\s|并|并且|，并/u;
const PASSIVE_AFTER = /^\s+(?:by|por)\s/iu;
const PASSIVE_TRIGGER = /\s(?:by|por)$|propiedad(?: desde \d{4})?(?: en un [\d.,]+\s?%)? (?:de|del)$|^(?:belong|pertenec)|a cargo del?$/iu;
/** A past participle: "operated", "run", "operado", "construida". */
const PARTICIPLE = /(?:ed|[ai]d[oa]s?|run|built|held|owned)$/iu;
/** An agent a few words after a participle: "desde 1999 por", "in 2021 by", "75% by". */
const LATE_AGENT = /^\s+(?:[\p{L}\p{Sc}\d.,%]+\s+){1,3}?(?:by|por)\s/u;
/** After a passive's auxiliary ("was received earlier in the day by", "fue recibida el martes en Lima por"), the agent may come later. */
const AUXILIARY_BEFORE = /(?:^|\s)(?:was|were|is|are|been|be|fue|fueron|será|serán|es|son|sido)\s+$/iu;
const AUXILIARY_AGENT = /^\s+(?:[\p{L}\p{Sc}\d.,%]+\s+){1,6}?(?:by|por)\s/u;
/** A reported clause opening with a noun phrase of its own: "(that) the first doses …", "que los pacientes …". */
const OWN_SUBJECT = /^\s*,?\s*(?:that\s+|que\s+)?(?:the|a|an|some|most|many|its|their|el|la|los|las|un|una|unos|unas|sus?)\s/iu;
/** Nouns of ownership that head an apposition: "owner of", "accionista único de", "dueña de". */
const OWNER_NOUN = /^(?:owner of|propietari[oa] de|due[ñn][oa]s? del?|accionista)/iu;
/** Between a name and an apposition's noun: its acronym in brackets, a comma, an article. */
const APPOSED_OWNER = /^\s*(?:\([^()]*\))?\s*,\s*(?:(?:the|its|el|la|su)\s+)?$/iu;
/** A reported clause opening with a bare noun and its auxiliary: "(that) patients had …", "que los turistas han …". */
const BARE_SUBJECT = new RegExp(
  '^\\s*,?\\s*(?:that\\s+|que\\s+)?(?!(?:he|she|it|they|we|él|ella|ellos|ellas)\\s)(?:[\\p{Ll}-]+\\s+){1,2}' +
    '(?:had|have|has|would|will|were|are|was|is|could|can|habían|han|serán|están)\\s',
  'u',
);
/** A relative "who" right before a verb: ", quien visitó", ", who later met". */
const WHO_OPENS = /,\s*(?:who|quien|quienes)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/** An auxiliary of the perfect before a participle: "has donated", "ha donado". */
const PERFECT = /(?:^|\s)(?:has|have|had|ha|han|había|habían|habrá|hemos)\s+\S+$/iu;
const CJK = /[\p{Script=Han}]/u;
/** What joins an antecedent to the relative clause whose verb is the trigger ("X, which Peru joined"). */
const RELATIVE = new RegExp(
  // "Chancay, el terminal del que COSCO posee el 60%": an apposition's noun may stand before the pronoun.
  '^\\s*,?\\s*(?:(?:the|a|an|el|la|un|una)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+\\s+)?' +
    '(?:which|that|over which|in which|with which|que|la que|el que|de la que|del que|sobre la que|al que|a la que|' +
    'en el que|en la que|con el que|con la que|para el que|para la que|por el que|por la que|en el cual|en la cual)\\s+' +
    // "la mina, que la estatal Hierro Perú vendió", "which the Chinese group CMPort bought": the subject's article and modifiers.
    '(?:(?:the|el|la)\\s+(?:[\\p{Ll}-]+\\s+){0,2})?$',
  'iu',
);
/**
 * What may stand between "met" and whom: nothing, or "with"/"con" and a few words ("se reunió el
 * lunes en Pekín con su homólogo chino, Wang Yi").
 */
const MEETING_GAP = new RegExp(
  '^(?:\\s*(?:with\\s+|con\\s+)?|.*\\s(?:with|con)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:[\\p{L}-]+,\\s*)?|' +
    // "met the head of Bank of China Peru, Liu Qiang": a title phrase, then the person.
    '.*?(?:with|con|met|meets)?\\s*(?:the|el|la|su|his|her)\\s+[\\p{Ll}]+\\s+(?:of|de|del)\\s+[^,]+,\\s*|' +
    // "met executives of COFCO", "se reunió con directivos de CRRC": a body's people stand for the body.
    // "se reunió además con directivos de la importadora Goodfarmer": an adverb first, a kind noun before the name.
    '\\s*(?:(?:además|también|also|later|luego|then)\\s+)?(?:(?:with|con)\\s+)?(?:(?:the|los|las|sus?|its|their|senior|top|altos)\\s+)?' +
    '(?:[\\p{Ll}-]+\\s+)?(?:executives|directivos|ejecutivos|representatives|representantes|officials|funcionarios|managers|' +
    'gerentes|leaders|líderes|dirigentes|authorities|autoridades|delegation|delegación)\\s+(?:of|de|del)\\s+' +
    '(?:(?:the|la|el)\\s+(?:\\p{Ll}+\\s+)?)?)$',
  'u',
);

/** A stake named as what changes hands. */
const STAKE = /^(?:stake|share|holding|interest)s?\s+(?:in|of)$/iu;
/** A supplier's verb, whose goods come before whom they go to. */
const SUPPLY = /suppl|suministr|prove/iu;
/** The goods a supplier supplies and the preposition before their recipient: "300 electric buses to the ", "28 aerogeneradores al ". */
const GOODS_TO = /^\s+(?:[\p{L}\d.,-]+\s+){1,6}?(?:to|for|a|al|a la|para)\s+(?:(?:the|el|la)\s+)?$/u;
/** Purchases and sales, which transfer-relations.ts reads. */
const TRANSFER = new Set<RelationType>(['ACQUIRED', 'SOLD']);

/** Every relation the triggers of one sentence give between the entities `inside` it (sorted by start). */
export function triggerRelations({ text, sentence, inside }: SentenceEndpoints): Proposal[] {
  const out: Proposal[] = [];
  let previous: { hit: Hit; sources: Endpoint[]; targets: Endpoint[] } | undefined;
  const speakers = new Map<Hit, { speaker: Endpoint; shared: boolean }>();
  // "bought Enel's 83% stake in X": the stake is what is bought, not a further ownership.
  // "the Canadian investor Northridge Gold": a noun right before a name says what the name is, not what it did.
  const hits = triggerHits(text, sentence, inside).filter(
    (h, i, all) =>
      !(STAKE.test(text.slice(h.start, h.end)) && all.slice(0, i).some((p) => TRANSFER.has(p.trigger.type))) &&
      !(h.trigger.noun && inside.some((e) => e.start > h.end && /^\s+$/u.test(text.slice(h.end, e.start)))),
  );
  for (const [k, hit] of hits.entries()) {
    const { type, strength } = hit.trigger;
    const nextHit = hits[k + 1]?.start ?? sentence.end;
    const before = inside.filter((e) => e.end <= hit.start && !SUBJECT_BREAK.test(text.slice(e.end, hit.start)));
    // "met his Chinese counterpart, Zhou Mingde": a title and its comma before the object are no clause break.
    const after = inside.filter((e) => {
      const gap = text.slice(hit.end, e.start);
      return (
        e.start >= hit.end && (!CLAUSE_BREAK.test(gap.replace(PREMODIFIER_COMMA, ' ')) || titledObject(gap) || NAMED_FACILITY.test(gap))
      );
    });
    // "is run by X", "fue construida por X", "es operado desde 1999 por X": a participle, a few words, its agent.
    // "ha donado al Perú equipos por más de …" is a perfect, not a passive.
    const participle =
      PARTICIPLE.test(text.slice(hit.start, hit.end)) &&
      !PERFECT.test(text.slice(Math.max(sentence.start, hit.start - 8), hit.end)) &&
      (LATE_AGENT.test(text.slice(hit.end, hit.end + 40)) ||
        (AUXILIARY_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 8), hit.start)) &&
          AUXILIARY_AGENT.test(text.slice(hit.end, hit.end + 60))));
    const passive =
      PASSIVE_AFTER.test(text.slice(hit.end, hit.end + 5)) || PASSIVE_TRIGGER.test(text.slice(hit.start, hit.end)) || participle;
    const canPair = (e: Endpoint) => inside.some((t) => t !== e && (passive ? fits(type, t.type, e.type) : fits(type, e.type, t.type)));
    // No subject in an aside, nor after a preposition ("Toromocho, in the Junín region, is operated by …").
    // An aside after a common noun names the subject itself: "The energy regulator, Osinergmin, sets …".
    // "a failure at Pluz Energía, owned by CSGI,": a participle after a comma qualifies the name before it, whatever governs that.
    const qualified = (e: Endpoint) => passive && /^\s*,\s*$/u.test(text.slice(e.end, hit.start));
    const subjects = before.filter(
      (e) =>
        !(
          aside(text, e, hit.start, sentence.start) &&
          before.some((x) => x.end <= e.start) &&
          !titledBy(text, before, e) &&
          !qualified(e)
        ) &&
        (!PREPOSITION_BEFORE.test(text.slice(sentence.start, e.start)) || qualified(e)) &&
        // "Según declaró a Gestión, la firma invertirá": the medium a statement was made to does nothing in it.
        !(
          e.type === 'MEDIA' &&
          /(?:^|\s)(?:a|al|to|told)\s+(?:(?:the|el|la)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(sentence.start, e.start))
        ) &&
        // "CNPC, China’s largest state oil group, … bought": the possessor in an apposition is no subject.
        !(
          /,\s*$/u.test(text.slice(Math.max(sentence.start, e.start - 3), e.start)) &&
          POSSESSIVE_APPOSITION.test(text.slice(e.end, e.end + 80))
        ) &&
        // "Zhou Bin, PowerChina’s manager for the Andean region, said": the possessor in a person's apposition is no subject.
        !(
          /,\s*$/u.test(text.slice(Math.max(sentence.start, e.start - 3), e.start)) &&
          /^['’]s\s[^,;]{1,60},/u.test(text.slice(e.end, hit.start)) &&
          before.some((x) => x.end <= e.start && x.type === 'PERSON')
        ) &&
        // "The committee's chairman, retired general X, said": a possessor before the one who acts.
        !(
          isPossessor(text, e) &&
          before.some((x) => x.start > e.end && x.type === 'PERSON' && !CONJUNCTION.test(text.slice(e.end, x.start)))
        ) &&
        // "COSCO Shipping Ports Chancay, the COSCO Shipping subsidiary that runs …": a name modifying an apposition's noun.
        !(
          before.some((x) => x.end <= e.start) &&
          APPOSED_ARTICLE.test(text.slice(Math.max(sentence.start, e.start - 8), e.start)) &&
          MODIFIED_NOUN.test(text.slice(e.end, e.end + 80))
        ),
    );
    // "Li Ming, vicepresidente de la Cámara …, quien visitó …": "who" is the person before the body of its title.
    const who = WHO_OPENS.exec(text.slice(sentence.start, hit.start));
    const whoPerson = who ? [...before].reverse().find((e) => e.end <= sentence.start + who.index && e.type === 'PERSON') : undefined;
    const nearest = whoPerson ?? [...subjects].reverse().find(canPair) ?? subjects[subjects.length - 1];
    let sources = nearest ? coordinatedAround(text, subjects, nearest) : [];
    // "Ambos firmaron …": two people stand at one span (pronouns.ts); both are subjects.
    if (nearest) sources = [...sources, ...subjects.filter((e) => e !== nearest && e.start === nearest.start && e.end === nearest.end)];
    // "visited Lima and met Xi": the entity between the verbs was the first verb's object, not a new subject.
    const objectBefore = previous && nearest && nearest.start >= previous.hit.end && previous.targets.includes(nearest);
    // "les mostró el puerto de Yangshan, operado por SIPG": a participle after a comma qualifies that object instead.
    if (previous && objectBefore && !(nearest && qualified(nearest)) && VERB_COORDINATION.test(text.slice(previous.hit.end, hit.start))) {
      sources = previous.sources;
    }
    if (hit.trigger.together) {
      for (const [i, a] of sources.entries())
        for (const b of sources.slice(i + 1))
          if (a.id !== b.id && fits(type, a.type, b.type)) out.push(proposal({ text, type, source: a, target: b, hit, strength }));
      continue;
    }
    if (type === 'STATED') {
      const shared = sources.length > 0 && sources[0] !== nearest;
      if (sources[0]) speakers.set(hit, { speaker: sources[0], shared });
      continue;
    }
    const remember = (targets: Endpoint[]) => {
      if (!hit.trigger.modifier) previous = { hit, sources, targets };
    };
    // "Vásquez said the first doses would arrive in Loreto": the reported clause has a subject of its own,
    // unnamed, so the speaker is none of its verb's.
    const statement = nearest && hits.find((h) => h.trigger.type === 'STATED' && h.start >= nearest.end && h.end <= hit.start);
    if (
      statement &&
      !hit.trigger.modifier &&
      (OWN_SUBJECT.test(text.slice(statement.end, hit.start)) || BARE_SUBJECT.test(text.slice(statement.end, hit.start))) &&
      // "… rechaza la falsificación y que colaborará con la Sunat": a second clause of the first subject's.
      !/\s(?:y|e|and)\s+(?:que|that)\s/iu.test(text.slice(statement.end, hit.start)) &&
      // A name inside the subject's phrase ("a return exhibition of gold objects from Sipán") is not its subject.
      !inside.some(
        (e) =>
          e.start >= statement.end &&
          e.end <= hit.start &&
          // "dijo a la agencia Andina que la empresa invertirá": the medium told is no subject either.
          e.type !== 'MEDIA' &&
          !/(?:^|\s)(?:of|de|del|from|desde)\s+(?:(?:the|el|la|los|las)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.test(
            text.slice(statement.end, e.start),
          ),
      )
    ) {
      remember([]);
      continue;
    }
    if (TRANSFER.has(type)) {
      out.push(...transferRelations({ text, hit, sources, inside, until: nextHit, antecedent: antecedentOf(text, inside, sources) }));
      remember([]);
      continue;
    }
    // "China has been Peru's largest trading partner": the possessor is the other end.
    // The subject is the clause's first entity: "China overtook the United States as Peru's largest trading partner".
    if (hit.trigger.noun && nearest && /^['’]s\s+(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(nearest.end, hit.start)) && before.length >= 2) {
      const subject = subjects.find((e) => e !== nearest && !CLAUSE_BREAK.test(text.slice(e.end, nearest.start)));
      if (subject && fits(type, subject.type, nearest.type))
        out.push(proposal({ text, type, source: subject, target: nearest, hit, strength }));
      continue;
    }
    // "Callao Bulk Terminal, the operator of the North Bulk Pier": an apposition's noun describes the name before it.
    if (type === 'OPERATES' && hit.trigger.modifier) {
      const described = before[before.length - 1];
      const object = after.find((e) => fits(type, described?.type ?? '', e.type));
      if (described && object && APPOSED_NOUN.test(text.slice(described.end, hit.start)))
        out.push(proposal({ text, type, source: described, target: object, hit, strength }));
      continue;
    }
    // "el MEF, accionista único de Petroperú", "Viettel, owner of Bitel": an apposition's owner is the name before its comma.
    if (type === 'OWNS' && OWNER_NOUN.test(text.slice(hit.start, hit.end))) {
      const described = before[before.length - 1];
      const owned = after[0];
      if (described && owned && APPOSED_OWNER.test(text.slice(described.end, hit.start)) && fits(type, described.type, owned.type)) {
        out.push(proposal({ text, type, source: described, target: owned, hit, strength }));
        continue;
      }
    }
    // "the head of Bank of China Peru, Liu Qiang", "La rectora de San Marcos, Carmen Villacorta": the
    // title opens a noun phrase, and the person it names comes after the body.
    if (type === 'LEADS' && hit.trigger.modifier) {
      const named = titledAfter(
        text,
        hit,
        inside.filter((e) => e.start >= hit.end),
        sentence.start,
      );
      if (named) {
        out.push(proposal({ text, type, source: named.person, target: named.body, hit, strength }));
        continue;
      }
    }
    // "el Minem, que dirige Alberto Salas": the subject after the verb, the antecedent its object.
    const lastBefore = before[before.length - 1];
    const inverted = lastBefore && !passive ? verbSubjectRelative({ text, hit, type, antecedent: lastBefore, after, strength }) : [];
    if (inverted.length) {
      out.push(...inverted);
      remember([]);
      continue;
    }
    // In a relative clause the antecedent is the object: "the APEC summit, over which Boluarte presided at …".
    const antecedent = passive ? undefined : antecedentOf(text, inside, sources);
    // A symmetric verb's other party follows it closely ("cooperated with X"), not after a phrase.
    // A meeting's other party may come after a comma ("se reunió … con su homólogo chino, Wang Yi"): MEETING_GAP decides.
    const near = inside.filter((e) => {
      if (type === 'MET') return e.start >= hit.end;
      if (!after.includes(e)) return false;
      // "toured the stands and met executives of COFCO": a visit's place comes before the next verb.
      if (type === 'VISITED') return e.start < nextHit;
      // "will supply 300 electric buses to the ATU", "suministrará 28 aerogeneradores al parque": the goods, then whom they go to.
      const gap = text.slice(hit.end, e.start);
      return !hit.trigger.symmetric || words(gap) <= 3 || (SUPPLY.test(text.slice(hit.start, hit.end)) && GOODS_TO.test(gap));
    });
    let targets =
      antecedent && sources.some((s) => fits(type, s.type, antecedent.type))
        ? [antecedent]
        : firstFitting({ text, type, sources, after: near, all: inside, passive });
    if (type === 'MET')
      targets = targets
        .map((t) => possessedOfficeHolder(text, t, inside) ?? t)
        .filter((t) => {
          const gap = text.slice(hit.end, t.start);
          return t === antecedent || MEETING_GAP.test(gap) || titledObject(gap) || POSSESSED_OFFICE.test(gap);
        });
    targets = withListed(text, type, sources, targets, inside);
    // "X and Y holds the remaining 40%": the object of the ownership before.
    if (targets.length === 0 && type === 'OWNS' && previous?.hit.trigger.type === 'OWNS') targets = previous.targets;
    if (sources.length && targets.length) {
      for (const s of sources) {
        for (const t of targets) {
          if (s.id === t.id) continue;
          // "financed by the Bank of China", "financiada por el BDC": what is financed received the investment.
          if (passive && type === 'INVESTED_IN') {
            if (fits('RECEIVED_INVESTMENT', s.type, t.type))
              out.push(proposal({ text, type: 'RECEIVED_INVESTMENT', source: s, target: t, hit, strength }));
            continue;
          }
          const [from, to] = passive ? [t, s] : [s, t];
          if (fits(type, from.type, to.type)) out.push(proposal({ text, type, source: from, target: to, hit, strength }));
        }
      }
      if (passive) out.push(...furtherAgents({ text, type, hit, agent: targets[targets.length - 1]!, owned: sources, inside, strength }));
      else out.push(...coParties({ text, type, hit, object: targets[targets.length - 1]!, inside, until: nextHit, strength }));
      remember(targets);
      continue;
    }
    // "In an interview with China Daily, Boluarte said …": the speaker comes after the medium.
    if (type === 'COMMUNICATED_VIA' && after[0] && after[1] && fits(type, after[1].type, after[0].type)) {
      out.push(proposal({ text, type, source: after[1], target: after[0], hit, strength: strength * 0.9 }));
    }
    // "The MTC and CRCC signed a memorandum": no agreement named, so the signatories are partners (people sign for their bodies).
    if (type === 'SIGNED' && sources.length >= 2 && !after.some((e) => fits(type, sources[0]!.type, e.type))) {
      for (const [i, s] of sources.entries())
        for (const t of sources.slice(i + 1))
          if (s.id !== t.id && s.type !== 'PERSON' && t.type !== 'PERSON' && fits('PARTNERS_WITH', s.type, t.type))
            out.push(proposal({ text, type: 'PARTNERS_WITH', source: s, target: t, hit, strength: strength * 0.8 }));
    }
    // "Huawei signed an agreement with the university": no agreement named, so they are partners.
    const withWhom = after[0];
    if (type === 'SIGNED' && sources.length && withWhom && /\s(?:with|con)\s/iu.test(text.slice(hit.end, withWhom.start))) {
      for (const s of sources)
        if (fits('PARTNERS_WITH', s.type, withWhom.type) && s.type !== 'PERSON' && s.id !== withWhom.id)
          out.push(proposal({ text, type: 'PARTNERS_WITH', source: s, target: withWhom, hit, strength: strength * 0.8 }));
      remember([]);
      continue;
    }
    // "the meeting between A and B", "la reunión entre A y B": the two after "between" are the pair.
    if (hit.trigger.symmetric && /(?:between|entre)$/iu.test(text.slice(hit.start, hit.end))) {
      const pair = nearestPair({ text, type, before: after.slice(0, 2), cjk: false });
      if (pair) out.push(proposal({ text, type, source: pair[0], target: pair[1], hit, strength: strength * 0.9 }));
      remember([]);
      continue;
    }
    // Verb-final (Chinese "钱凯港由中远海运运营") or coordinated subjects ("Xi and Boluarte discussed …").
    const cjk = CJK.test(text.slice(hit.start, hit.end));
    if (before.length >= 2 && (cjk || hit.trigger.symmetric)) {
      // In Chinese only within the trigger's clause: "中国企业在秘鲁的投资持续增长，中铝是…投资者" pairs nothing across "，".
      // Nor across a statement verb: "Zhou Bin, PowerChina's manager, said the company had hired …" pairs no one.
      const reported = hits.filter((h) => h.trigger.type === 'STATED' && h.end <= hit.start).pop();
      const clause = (cjk ? before.filter((e) => !CLAUSE_BREAK.test(text.slice(e.end, hit.start))) : before).filter(
        (e) => !reported || e.start >= reported.end,
      );
      const pair = nearestPair({ text, type, before: clause, cjk });
      if (pair) out.push(proposal({ text, type, source: pair[0], target: pair[1], hit, strength: strength * 0.9 }));
    }
    remember([]);
  }
  const statements = hits.filter((h) => h.trigger.type === 'STATED');
  out.push(...statementRelations({ text, sentence, inside, hits: statements, subjectOf: (h) => speakers.get(h) }));
  return out;
}

/** An apposition's article right before a name: ", the ", ", su ". */
const APPOSED_ARTICLE = /,\s*(?:the|an?|its|el|la|los|las|su)\s+$/iu;
/** After a name inside an apposition: the noun it modifies, then the apposition closes or a relative clause opens. */
const MODIFIED_NOUN = new RegExp(
  "^(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+){0,4}?[\\p{Ll}-]+" +
    // "the State Department's most senior official for the Western Hemisphere, told …"
    '(?:\\s+(?:for|of|in|at|de|del|en|para)\\s+[^,;]{1,60}?)?\\s*(?:,|\\s(?:that|which|who|que)\\s)',
  'u',
);

/** A preposition right before an entity, perhaps with an article and a word or two: "in the Junín region", "en Pekín". */
const PREPOSITION_BEFORE = /(?:^|\s)(?:in|at|from|near|into|en|desde|hacia|entre)\s+(?:(?:the|el|la|los|las)\s+)?$/iu;

/** Before an aside: ", who heads the Ministry …", ", the terminal arm of COSCO Shipping,". */
const ASIDE_OPENS = /,\s*(?:who|which|que|quien|the|a|an|el|la|un|una|\p{Ll}+)\s[^,]*$/u;
/** A participle's aside naming a head, open before a name: ", encabezada por su presidenta, ", ", led by its chairman, ". */
const HEADED_ASIDE = /,\s*(?:led|headed|chaired|encabezad[oa]s?|liderad[oa]s?|presidid[oa]s?|dirigid[oa]s?)\s+(?:by|por)\s+[^,]*,\s*$/u;
/** After an aside, before its sentence's verb: "), has negotiated". */
const ASIDE_CLOSES = new RegExp(
  '^\\s*(?:(?:in|en|para|for)\\s+[^,;()]{1,40}?)?\\s*(?:\\([^()]*\\))?\\s*\\)?\\s*,\\s*' +
    '(?:(?:has|have|had|is|was|will|ha|han|había|es|fue|se)\\s+)*$',
  'iu',
);

/** "The committee's chairman, retired general X, said": a person a possessor's title names is the subject, not an aside. */
function titledBy(text: string, before: readonly Endpoint[], e: Endpoint): boolean {
  const prior = before.filter((x) => x.end <= e.start).pop();
  return (
    e.type === 'PERSON' && prior !== undefined && /^['’]s\s+[^,;]{1,40},\s*(?:[\p{Ll}]+\s+){0,3}$/u.test(text.slice(prior.end, e.start))
  );
}

/** True when an entity sits in an aside between commas right before the trigger, so it is not the subject. */
function aside(text: string, e: Endpoint, triggerStart: number, sentenceStart: number): boolean {
  if (ASIDE_CLOSES.test(text.slice(e.end, triggerStart)) && ASIDE_OPENS.test(text.slice(sentenceStart, e.start))) return true;
  // "The Consorcio, led by CRCC, won the contract to build Line 3": an agent's aside closed before the clause goes on.
  if (LED_BY_OPENS.test(text.slice(sentenceStart, e.start)) && /^\s*(?:\([^()]*\))?\s*,/u.test(text.slice(e.end, triggerStart)))
    return true;
  // "X, encabezada por su presidenta, Carmen Olivares, se reunió": the head named in a participle's aside.
  if (ASIDE_CLOSES.test(text.slice(e.end, triggerStart)) && HEADED_ASIDE.test(text.slice(sentenceStart, e.start))) return true;
  // Inside a relative clause that closes before the verb: "X, which Y founded in 1990, has signed …".
  return RELATIVE_OPENS.test(text.slice(sentenceStart, e.start)) && RELATIVE_CLOSES.test(text.slice(e.end, triggerStart));
}
/** A participle's aside naming its agent, open right before a name: ", led by ", ", liderado por la china ". */
const LED_BY_OPENS = new RegExp(
  ',\\s*(?:led|headed|owned|controlled|run|liderad[oa]s?|encabezad[oa]s?|controlad[oa]s?)\\s+(?:by|por)\\s+' +
    '(?:(?:the|el|la|los|las)\\s+)?(?:\\p{Ll}+\\s+)?$',
  'u',
);
/** A relative clause opened after a comma and still open: ", which Y", ", que la empresa Y". */
const RELATIVE_OPENS = /,\s*(?:which|who|whom|whose|where|que|quien|quienes|cuy[oa]s?|donde)\s[^,]*$/u;
/** The rest of that clause, its closing comma, perhaps an auxiliary: " founded in 1990, has". */
const RELATIVE_CLOSES = /^[^,;:]*,\s*(?:(?:has|have|had|is|was|will|would|ha|han|había|es|fue|se)\s+)*$/iu;

/** The entity a relative clause opened before the subject hangs on: "the Belt and Road Initiative, which Peru joined". */
function antecedentOf(text: string, inside: readonly Endpoint[], sources: readonly Endpoint[]): Endpoint | undefined {
  const subject = sources[0];
  if (!subject) return undefined;
  const prior = inside.filter((e) => e.end <= subject.start);
  const last = prior[prior.length - 1];
  if (!last) return undefined;
  const between = text.slice(last.end, subject.start);
  // Words of the antecedent's own phrase may come between ("the Marcona iron mine, which …").
  // The pronoun itself is such a word ("el Acuerdo … que Lima y Pekín firmaron"): the gap as it stands is tried first.
  return RELATIVE.test(between) || RELATIVE.test(between.replace(/^(?:\s+[\p{Ll}-]+){0,3}/u, '')) ? last : undefined;
}
