/**
 * A person named after the office they hold in a body: "the vice-rector of Tsinghua, Zhou Ming",
 * "la presidenta ejecutiva de Promperú, Mariela Soto", "el embajador del Perú en Pekín, Alfredo
 * Chuquihuara", "al representante de Sinohydro en el Perú, Chen Guoqiang". The title opens a noun
 * phrase, the body follows "of"/"de" (perhaps with its acronym in brackets and a place after
 * "in"/"en"), and the person comes after a comma. The title says which relation: a head LEADS the
 * body, another office HOLDS_OFFICE_IN it, a representative or executive is AFFILIATED_WITH it.
 */
import type { RelationType } from '../domain/vocabulary.js';
import { proposal, type Proposal } from './proposal.js';
import { fits } from './relation-ends.js';
import { PLACE_HEAD } from './title-relations.js';
import type { Endpoint } from './types.js';

/** Heads of a body. */
const HEAD = new RegExp(
  '^(?:president[ea]?|presidenta|chair(?:man|woman)?|ceo|head|leader|director(?:a)?(?: general| ejecutiv[oa])?|' +
    'general manager|managing director|chief executive(?: officer)?|country manager|gerente(?: general)?|gerenta(?: general)?|' +
    'rector(?:a)?|jef[ea]|titular|secretari[oa] general|secretary[- ]general|' +
    'president[ea]? ejecutiv[oa]|executive president|executive director|decan[oa]|dean|mayor|alcalde(?:sa)?|governor|gobernador(?:a)?|' +
    'commander|comandante(?: general)?)$',
  'iu',
);
/** Other offices in a body. */
const OFFICE = new RegExp(
  '^(?:vice[- ]?(?:president|presidente|presidenta|rector|rectora|minister|ministro|ministra|chair(?:man|woman)?)|' +
    'viceministr[oa]|vicerrector(?:a)?|deputy(?: [\\p{L}]+)?|minister|ministr[oa]|ambassador|embajador(?:a)?|consul|cónsul|' +
    'envoy|secretary|secretari[oa]|commissioner|comisionad[oa]|congressman|congresswoman|congresista|senator|senador(?:a)?|' +
    // "la consejera cultural de la Embajada", "el agregado de Defensa de la Embajada".
    'counsellor|counselor|consejer[oa]|attaché|attache|agregad[oa])$',
  'iu',
);
/** People who speak or act for a body without an office in it. */
const MEMBER = new RegExp(
  '^(?:representative|representante|spokes(?:man|woman|person)|portavoz|vocero|vocera|executive|ejecutiv[oa]|official|' +
    'funcionari[oa]|delegate|delegad[oa]|adviser|advisor|asesor(?:a)?|engineer|ingenier[oa]|researcher|investigador(?:a)?|' +
    'lawyer|abogad[oa]|economist|economista|analyst|analista)$',
  'iu',
);

/**
 * The office words right before "of/de" and the body, after what opens the noun phrase (an article,
 * a preposition, the sentence's start).
 */
const TITLE_BEFORE_BODY = new RegExp(
  '(?:^|[\\s,;:—–(])(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Ee]l|[Ll]a|[Ll]os|[Ll]as|[Aa]l|[Dd]el|[Ss]us?|[Aa] la)\\s+' +
    '((?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+)' +
    // "viceministro de Comercio Exterior del Mincetur": a portfolio between the title and the body;
    // "el gerente para América Latina de China Gas": a region.
    '(?:\\s+(?:de|of|para|for)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}?)?' +
    // "la presidenta del directorio de la minera", "the chairman of the board of X": the board is the body's.
    '(?:\\s+(?:del directorio|del consejo directivo|de la junta directiva|of the board))?' +
    '\\s*(?:of|de|del|de la)\\s+(?:the\\s+|el\\s+|la\\s+)?$',
  'u',
);
/**
 * What may come between the body and the comma before the person: its acronym in brackets, a place
 * after "in"/"en", its parent after "of"/"del".
 */
const AFTER_BODY = new RegExp(
  '^\\s*(?:\\([^()]{1,60}\\))?\\s*(?:(?:in|en|at|of|de|del|for|para)\\s+(?:the\\s+|el\\s+|la\\s+)?[\\p{L}\\s-]{1,40}?)?' +
    // A rank may stand between the comma and the person: ", Admiral Alberto Alcalá".
    // ", el coronel Zhou Bin": in Spanish, an article and a lower-case rank.
    '\\s*(?:\\([^()]{1,60}\\))?\\s*,\\s*(?:(?:Admiral|Rear Admiral|Vice Admiral|General|Colonel|Almirante|Contralmirante|' +
    'Vicealmirante|Coronel|Capitán|Captain|Commander|Comandante|(?:el|la) (?:almirante|contralmirante|vicealmirante|coronel|' +
    'general|capitán|comandante))\\s+)?$',
  'u',
);

/** Whether `before` ends in an office and "of"/"de" ("El gerente general del "): what follows is that office's body. */
export const endsInOffice = (before: string): boolean => {
  const title = TITLE_BEFORE_BODY.exec(before);
  return title !== null && relationOfBodyTitle(title[1]!) !== undefined;
};

/** The relation a title gives between the person holding it and the body, if any. */
export function relationOfBodyTitle(title: string): RelationType | undefined {
  // "el nuevo embajador", "the former chairman": an adjective of time says nothing of the office.
  const t = title
    .trim()
    .replace(/\s+/gu, ' ')
    .replace(/^(?:nuev[oa]|new|former|current|actual|outgoing|saliente|interim|interin[oa]) /iu, '');
  if (HEAD.test(t)) return 'LEADS';
  if (OFFICE.test(t)) return 'HOLDS_OFFICE_IN';
  if (MEMBER.test(t)) return 'AFFILIATED_WITH';
  // "presidenta ejecutiva", "general manager": the title's first word decides when the whole does not.
  const [first] = t.split(' ');
  return first && first !== t ? relationOfBodyTitle(first) : undefined;
}

/** "Zhou Ming, vice-rector of Tsinghua", "Chen Guoqiang, el representante de Sinohydro": the title after the person, then the body. */
const TITLE_AFTER_PERSON = new RegExp(
  // "X, a spokeswoman for Y", "X, an executive at Y": an indefinite article, and "for" or "at", open a member's noun too.
  '^\\s*,\\s*(?:the\\s+|el\\s+|la\\s+|its\\s+|su\\s+|a\\s+(?=[\\p{Ll}-]+\\s+(?:for|at)\\s)|an\\s+(?=[\\p{Ll}-]+\\s+(?:for|at)\\s))?' +
    '((?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+)' +
    '(?:\\s+(?:de|of)\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}?)?\\s*(?:of|de|del|de la|for|at)\\s+(?:the\\s+|el\\s+|la\\s+)?$',
  'u',
);
/** Between a body's name and a person: a title of a word or two and nothing else ("Huawei chairman ", "Osinergmin President "). */
const NAME_THEN_TITLE = /^\s+((?:[\p{L}-]+\s+)?[\p{L}-]+)\s+$/u;
/** "Tsinghua's vice-rector, Zhou Ming" (the body's possessive, the title, a comma), or "Zhou Ming, Tsinghua's vice-rector". */
const POSSESSIVE_TITLE = /^['’]s\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)(?:\s+(?:of|for)\s+[\p{Ll}\s-]{1,40}?)?\s*(?:,|$)/u;

/** After a body's name that modifies a title: the title, then the end of the apposition ("chairman,", "spokesman."). */
const TITLE_AFTER_NAME = /^\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)\s*(?:[,.;]|$)/u;
/** Between a body and whom it appoints: " named ", " appointed ", " designó a ", " nombró a ". */
const APPOINTED = /^\s+(?:has\s+|ha\s+)?(?:named|appointed|designated|designó a|designado a|nombró a|nombrado a|eligió a)\s+$/u;
/** After the appointee: the office ("as its new chief executive", "como su nuevo gerente general"). */
const APPOINTED_AS = new RegExp(
  '^\\s+(?:as|como)\\s+(?:(?:its|his|her|their|the|su|sus|la|el)\\s+)?(?:(?:new|nuevo|nueva)\\s+)?' +
    '((?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+)(?=\\s*(?:[,.;]|$|\\s(?:of|de|in|en|from|desde|since|for)\\s))',
  'u',
);

/** The relations "the <title> of <body>, <person>" and its variants give among the entities `inside` one sentence (sorted by start). */
export function bodyTitleRelations({ text, inside }: { text: string; inside: readonly Endpoint[] }): Proposal[] {
  const out: Proposal[] = [];
  const add = (person: Endpoint, body: Endpoint, title: string, start: number): void => {
    const type = relationOfBodyTitle(title);
    if (type && fits(type, person.type, body.type))
      out.push(proposal({ text, type, source: person, target: body, hit: { start, end: start + title.length }, strength: 0.7 }));
  };
  for (const [i, e] of inside.entries()) {
    const next = inside[i + 1];
    if (!next) continue;
    const between = text.slice(e.end, next.start);
    if (e.type === 'PERSON' && next.type !== 'PERSON') {
      const after = TITLE_AFTER_PERSON.exec(between);
      if (after) add(e, next, after[1]!, e.end + after[0].indexOf(after[1]!));
      // "Zhang Wei, the Zijin Mining chairman,", "Li Ming, a Zijin spokesman,": the body's name as the title's modifier.
      const modifier = /^\s*,\s*(?:the|a|an)\s+$/u.test(between) ? TITLE_AFTER_NAME.exec(text.slice(next.end, next.end + 40)) : null;
      if (modifier) add(e, next, modifier[1]!, next.end + modifier[0].indexOf(modifier[1]!));
      const possessive = /^\s*,\s*$/u.test(between) ? POSSESSIVE_TITLE.exec(text.slice(next.end, next.end + 40)) : null;
      if (possessive) add(e, next, possessive[1]!, next.end + possessive[0].indexOf(possessive[1]!));
    }
    if (e.type !== 'PERSON' && next.type === 'PERSON') {
      // "Tsinghua's vice-rector, Zhou Ming", "Zijin Mining's chairman Zhang Wei".
      const possessive = POSSESSIVE_TITLE.exec(between);
      if (possessive) add(next, e, possessive[1]!, e.end + possessive[0].indexOf(possessive[1]!));
      // "Huawei chairman Liang Hua", "Arequipa governor Ana Torres": a body's name as the title's modifier.
      const modified = NAME_THEN_TITLE.exec(between);
      if (modified && e.type !== 'COUNTRY') add(next, e, modified[1]!, e.end + modified[0].indexOf(modified[1]!));
    }
  }
  for (const [i, e] of inside.entries()) {
    // "Zijin Mining named Zhang Wei as its new chief executive", "designó a Zhang Wei como su nuevo gerente general".
    const person = inside[i + 1];
    if (!person || person.type !== 'PERSON' || e.type === 'PERSON' || !APPOINTED.test(text.slice(e.end, person.start))) continue;
    const as = APPOINTED_AS.exec(text.slice(person.end, person.end + 60));
    if (as) add(person, e, as[1]!, person.end + as[0].indexOf(as[1]!));
  }
  for (const [i, e] of inside.entries()) {
    // "Capechi, whose president is Héctor Lau", "la Cámara, cuyo presidente, X,": the relative names the office.
    const next = inside[i + 1];
    const whose = next?.type === 'PERSON' && e.type !== 'PERSON' ? WHOSE_TITLE.exec(text.slice(e.end, next.start)) : null;
    // "the Royal Tombs Museum in Lambayeque, whose director": the body, not the place it is in.
    const prior = inside[i - 1];
    // "Arequipa, Peru's second city, whose mayor": the place the possessor's apposition describes.
    const apposed = prior && /^['’]s\s/u.test(text.slice(e.end, e.end + 3)) && /^\s*,\s*$/u.test(text.slice(prior.end, e.start));
    const body = (e.type === 'PLACE' && prior && /^\s+(?:in|en)\s+$/u.test(text.slice(prior.end, e.start))) || apposed ? prior : e;
    if (whose && next) add(next, body, whose[1]!, e.end + whose[0].indexOf(whose[1]!));
  }
  for (const [i, part] of inside.entries()) {
    // "es operada por su filial Shougang Hierro Perú", "its Peruvian unit, CRTG Perú": a part of the body "its" points back to.
    const sub = ['PERSON', 'PLACE', 'COUNTRY'].includes(part.type)
      ? null
      : ITS_PART.exec(text.slice(Math.max(0, part.start - 50), part.start));
    // A country has no subsidiary: "CNPC, presente en el Perú desde 1993 a través de su filial" is CNPC's.
    const bodies = inside.slice(0, i).filter((e) => e.type !== 'COUNTRY');
    const whole = sub ? possessorBefore(text, bodies, part.start - sub[0].length) : undefined;
    if (sub && whole && whole.id !== part.id && fits('PART_OF', part.type, whole.type)) {
      const start = part.start - sub[0].length + sub[0].indexOf(sub[1]!);
      out.push(
        proposal({ text, type: 'PART_OF', source: part, target: whole, hit: { start, end: start + sub[1]!.length }, strength: 0.7 }),
      );
    }
  }
  for (const [i, partner] of inside.entries()) {
    // "Its Peruvian partner, the miner Volcan", "junto con su distribuidor local, Grupo Deltron", "Changan's distributor, Derco".
    if (['PERSON', 'PLACE', 'COUNTRY'].includes(partner.type)) continue;
    const window = text.slice(Math.max(0, partner.start - 60), partner.start);
    const its = ITS_PARTNER.exec(window);
    const at = its ? partner.start - window.length + its.index + its[0].indexOf(its[1]!) : -1;
    const prior = inside[i - 1];
    const possessed = prior ? POSSESSED_PARTNER.exec(text.slice(prior.end, partner.start)) : null;
    const whole = its
      ? (inside.find((e) => e.start === at) ?? possessorBefore(text, inside.slice(0, i), at))
      : possessed
        ? prior
        : undefined;
    const type = possessedRelation((its ?? possessed)?.[its ? 2 : 1] ?? '');
    // "Tacora's owner, Andes", "su matriz, CSGI" own Tacora, the possessor; "the port's operator, X" runs it.
    const [source, target] = type === 'PARTNERS_WITH' ? [whole, partner] : [partner, whole];
    if (whole && source && target && whole.id !== partner.id && fits(type, source.type, target.type))
      out.push(proposal({ text, type, source, target, hit: { start: whole.end, end: partner.start }, strength: 0.65 }));
  }
  for (const [i, person] of inside.entries()) {
    if (person.type !== 'PERSON') continue;
    // The body: the nearest entity before the person, but for one in the place phrase after it.
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const body = inside[j]!;
      if (body.type === 'PERSON' || body.id === person.id) break;
      if (!AFTER_BODY.test(text.slice(body.end, person.start))) continue;
      const title = TITLE_BEFORE_BODY.exec(text.slice(Math.max(0, body.start - 80), body.start));
      if (!title) continue;
      add(person, body, title[1]!, body.start - (title[0].length - title[0].indexOf(title[1]!)));
      break;
    }
    // "…, its governor, Luis Neyra, said": the body "its" points back to.
    const window = text.slice(Math.max(0, person.start - 70), person.start);
    const its = ITS_TITLE.exec(window);
    // The possessive itself may stand for a body of an earlier sentence (pronouns.ts): "Su presidente, X, …".
    const at = its ? person.start - window.length + its.index + its[0].indexOf(its[1]!) : -1;
    // "The city of Trujillo … its mayor, X": a mayor's or governor's "its" is the place's.
    const placeHead = its && PLACE_OFFICE.test(its[2]!);
    const body = its
      ? (inside.find((e) => e.start === at) ??
        (placeHead
          ? [...inside.slice(0, i)].reverse().find((e) => e.end <= at && (e.type === 'PLACE' || e.type === 'GOVERNMENT'))
          : possessorBefore(text, inside.slice(0, i), at)))
      : undefined;
    if (its && body && body.id !== person.id) add(person, body, its[2]!, at + its[0].slice(its[0].indexOf(its[1]!)).indexOf(its[2]!));
  }
  return out;
}

/** ", whose chairman is ", ", cuyo presidente, ": a relative that gives the body's office and its holder. */
const WHOSE_TITLE = /^\s*,?\s*(?:whose|cuy[oa])\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)(?:\s+(?:is|was|has been|es|era|fue|será)\s+|\s*,\s*)$/u;
/** "its governor, ", "Su presidente, ": a possessive, a title of a word or two, perhaps a region, a comma right before the person. */
const ITS_TITLE = new RegExp(
  '(?:^|[\\s,;(])([Ii]ts|[Tt]heir|[Ss]us?)\\s+((?:[\\p{Ll}-]+\\s+)?[\\p{Ll}-]+)' +
    // "its president for Latin America, ", "su gerente general en el Perú, ", "su gerente en el país, ",
    // "its vice-president for overseas operations, ".
    '(?:\\s+(?:for|in|en|para)\\s+(?:the\\s+|el\\s+|la\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s*){1,3}|' +
    '\\s+(?:for|in|en|para)\\s+(?:the\\s+|el\\s+|la\\s+)?(?:[\\p{Ll}-]+\\s+)?[\\p{Ll}-]+)?,\\s*$',
  'u',
);
/** A partner's noun (a partner, a distributor, a client or a supplier), an owner's, or a parent company's. */
const PARTNER_NOUN =
  '(partner|partners|socio|socia|distributor|distribuidor|distribuidora|client|cliente|customer|supplier|proveedor|proveedora|' +
  'owner|owners|dueño|dueña|propietario|propietaria|(?:majority |main )?shareholder|accionista(?: mayoritario)?|' +
  'parent(?: company| group)?|matriz|casa matriz|operator|operador|operadora)';
/** What the noun after a possessive makes of the named body: its owner or parent owns the possessor, its operator runs it. */
const possessedRelation = (noun: string): 'PARTNERS_WITH' | 'OWNS' | 'OPERATES' =>
  /^(?:owner|dueñ|propietari|(?:majority |main )?shareholder|accionista|parent|matriz|casa matriz)/iu.test(noun)
    ? 'OWNS'
    : /^(?:operator|operador)/iu.test(noun)
      ? 'OPERATES'
      : 'PARTNERS_WITH';
/** "its Peruvian partner, the miner ", "su distribuidor local, ": a possessive, the partner's noun, a comma right before the name. */
const ITS_PARTNER = new RegExp(
  `(?:^|[\\s,;(])([Ii]ts|[Tt]heir|[Ss]us?)\\s+(?:[\\p{L}-]+\\s+)?${PARTNER_NOUN}(?:\\s+\\p{Ll}+)?\\s*,\\s*` +
    '(?:(?:the|el|la)\\s+(?:[\\p{Ll}-]+\\s+){0,2})?$',
  'u',
);
/** "Changan's distributor, Derco": a body's possessive, the partner's noun, a comma. */
const POSSESSED_PARTNER = new RegExp(
  `^['’]s\\s+(?:[\\p{Ll}-]+\\s+)?${PARTNER_NOUN}\\s*,\\s*(?:(?:the|el|la)\\s+(?:[\\p{Ll}-]+\\s+){0,2})?$`,
  'u',
);
/** Offices of a city or region. */
const PLACE_OFFICE = new RegExp(`^${PLACE_HEAD}$`, 'iu');
/** "su filial ", "its Peruvian unit, ": a possessive, perhaps an adjective, a word for a part of a company. */
const ITS_PART = new RegExp(
  '(?:^|[\\s,;(])(?:its|their|su|sus)\\s+(?:[\\p{Ll}-]+\\s+)?' +
    // "su filial eléctrica Zeekr": an adjective may follow a Spanish noun.
    '(subsidiary|subsidiaries|filial|filiales|subsidiaria|unit|arm|branch|sucursal|division|división)' +
    '(?:\\s+(?!in\\s|en\\s|of\\s|de\\s)\\p{Ll}+)?\\s*,?\\s*$',
  'u',
);
/**
 * What a possessive points back to: the nearest body before it, or the head of "<body> of <body>"
 * ("the Transport Committee of the Congress").
 */
function possessorBefore(text: string, before: readonly Endpoint[], at: number): Endpoint | undefined {
  const bodies = before.filter((e) => e.end <= at && e.type !== 'PERSON' && e.type !== 'PLACE');
  const last = bodies[bodies.length - 1];
  const head = bodies[bodies.length - 2];
  if (last && head && /^\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?$/iu.test(text.slice(head.end, last.start))) return head;
  return last;
}
