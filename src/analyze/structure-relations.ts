/**
 * Relations the shape of a phrase states without a verb: where a place or a facility is ("the
 * Government Palace in Lima", "Toromocho, in the Junín region", "Falchani, en Puno"), and what a
 * body belongs to ("the Transport Committee of the Congress of the Republic", "Boston University's
 * Global Development Policy Center", "an agreement between Imarpe and Shanghai Ocean University"
 * makes the two partners).
 */
import { proposal, type Proposal } from './proposal.js';
import { fits } from './relation-ends.js';
import type { Endpoint } from './types.js';

/** Between a facility or place and where it is: "in", ", in the … region,", "en la región", "situado en la meseta de". */
const WHERE = new RegExp(
  // "the Chancay port in Lima", "the Sol de Moquegua solar farm in Moquegua": the name's common noun before "in".
  `^(?:\\s+(?:[\\p{Ll}-]+\\s+)?(?:${
    'plant|mine|port|terminal|project|dam|farm|line|hospital|factory|office|embassy|consulate|campus|' +
    'branch|station|refinery|smelter|field|block|complex|park|airport|railway|highway|bridge|tunnel|warehouse|school|clinic|' +
    'substation|pier|wharf|reservoir|' +
    // "Chumbivilcas province, in the Cusco region".
    'province|district|region|city|town|village|valley'
  }))?` +
    // "the Punta Lomitas wind farm, also in Ica".
    '\\s*,?\\s*(?:(?:also|too|también)\\s+)?(?:(?:located|situated|based|situad[oa]|ubicad[oa])\\s+)?(?:in|en|at|near|cerca de)\\s+' +
    // "in the highlands of the Piura region": a part of a place, "of", the place.
    '(?:(?:(?:the|la|el|las|los)\\s+)?(?:(?:southern|northern|eastern|western|central|coastal|region|province|department|city|town|' +
    'región|provincia|departamento|ciudad|meseta|sierra|valle|valley|district|distrito|highlands|outskirts|afueras|coast|costa|' +
    // ", en el sur de Chile", "in the north of Peru".
    'north|south|east|west|northeast|northwest|southeast|southwest|norte|sur|este|oeste|noreste|noroeste|sureste|suroeste|centro|' +
    // "in northeastern China", "in the jungle of the Cusco region", "en la provincia china de Anhui".
    'northeastern|northwestern|southeastern|southwestern|jungle|selva|desert|desierto|china|chino|peruana|peruano|chinese|peruvian)\\s+)*' +
    '(?:(?:of|de|del)\\s+)?){1,2}$',
  'iu',
);
/** Between an event and where it is held: ", held every year in", ", que se celebra en", ", que concluyó el lunes en". */
const HELD_IN = new RegExp(
  '^\\s*,?\\s*(?:(?:which was |which is |que se |que fue )?(?:held|hosted|celebrad[oa]|realizad[oa]|celebra|realiza|realizó|' +
    'celebró|concluyó|inauguró|took place|takes place)\\s+)(?:[\\p{L}\\d]+\\s+){0,4}?(?:in|en|at)\\s+(?:(?:the|el|la)\\s+)?$',
  'iu',
);
/** A kind of place before its preposition: "a city in", "una ciudad del sureste de". */
const PLACE_KIND_IN =
  /(?:city|town|port|capital|region|province|ciudad|puerto|región|provincia|localidad|pueblo)\s+(?:\S+\s+){0,2}?(?:in|en|of|de|del)\s/u;
/** Between a place and a facility it is home to: " already hosts the … mine ", " ya alberga la mina ". */
const HOSTS_FACILITY = new RegExp(
  '^\\s+(?:(?:already|also|ya|también)\\s+)?(?:hosts|is home to|alberga|albergará|acoge)\\s+' +
    '(?:(?:the|la|el|los|las)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}$',
  'u',
);
/** Between a body and the body it is part of: "of the", "del", "de la". */
const OF = /^\s+(?:of the|of|del|de la|de los|de)\s+$/iu;
/** Heads of a body that is part of another: committees, commissions, institutes. */
const PART_HEAD = new RegExp(
  '(?:committee|commission|comisi[oó]n|comit[eé]|council|consejo|institute|instituto|center|centre|centro|office|oficina|' +
    'department|division|unit|school|faculty|facultad|branch|sucursal)$',
  'iu',
);
/** Between two parties of an agreement: "between X and", "entre X y". */
const BETWEEN_BEFORE = new RegExp(
  '(?:agreement|accord|memorandum|deal|partnership|alliance|acuerdo|convenio|memorando|alianza)\\s+(?:\\S+\\s+){0,2}' +
    '(?:between|entre)\\s+(?:the\\s+|el\\s+|la\\s+)?$',
  'iu',
);
const AND = /^\s*(?:,\s*[^,]{0,40},\s*)?(?:and|y|e)\s+(?:the\s+|el\s+|la\s+)?$/iu;

/** What is located (an event in a place is HOSTED by it, not located there). */
/** Whether a name's head is a part's: its last word ("Transport Committee") or its first ("Comisión de Trabajo"). */
const partHead = (name: string): boolean => {
  const words = name.split(/\s+/u);
  return PART_HEAD.test(words[words.length - 1]!) || PART_HEAD.test(words[0]!);
};

const LOCATABLE = new Set(['INFRASTRUCTURE', 'PLACE', 'GOVERNMENT', 'ORGANIZATION']);

/** "X, a public hospital in Y", "X, una colección privada de Y", "X, capital de la provincia de Y": an apposition saying where. */
const APPOSED_WHERE = new RegExp(
  // "Chancay, the port north of the capital": a direction before "of" says where it is not.
  '^\\s*,\\s*(?:(?:a|an|the|un|una|el|la)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?!(?:north|south|east|west)\\s)[\\p{Ll}-]+|capital)\\s+' +
    '(?:in|en|de|del|of|on|near|cerca de)\\s+(?:(?:the|la|el)\\s+)?' +
    // "in the southern Arequipa region", "in the Andean province of Y", "en el sur de Y", "in the Chinese city of Y".
    '(?:[\\p{Ll}-]+\\s+|(?:Chinese|Peruvian)\\s+)?(?:(?:[\\p{Ll}-]+\\s+)?' +
    '(?:region|province|department|city|district|región|provincia|departamento|ciudad|distrito|' +
    'north|south|norte|sur|sureste|suroeste|noreste|noroeste|este|oeste|coast|costa|outskirts|afueras)\\s+(?:of\\s+|de\\s+|del\\s+)?)?$',
  'u',
);
/**
 * Between a place and the larger one it lies in, by its kind: "the Morococha district of the Junín
 * region", "Challhuahuacho, distrito de la provincia de Cotabambas", "provincia de Castilla, región Arequipa".
 */
const KIND_OF = new RegExp(
  '^(?:\\s*,?\\s*(?:(?:a|an|the|un|una|el|la)\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:district|province|distrito|provincia)\\s+(?:of|de|del)\\s+' +
    '(?:(?:the|la|el)\\s+)?(?:(?:province|provincia|región|region|departamento|department)\\s+(?:of|de|del)\\s+)?|' +
    '\\s*,\\s*(?:región|region|provincia|province|departamento|department)\\s+)$',
  'iu',
);
/** After a country or region: its possessive and a place's kind ("’s second city", "'s main port"). */
const POSSESSED_PLACE = /^['’]s\s+(?:[\p{Ll}\d-]+\s+){0,3}?(?:city|port|town|capital|region|province|district|mine|airport)(?!\p{L})/u;
/** "X, de Renovación Popular", "X, de la bancada de Y": a person's party after a comma. */
const PARTY_DE = /^\s*,\s*(?:de|del)\s+(?:la\s+(?:(?:bancada|agrupación)\s+(?:de\s+)?)?)?$/u;
/** "X, a member of the", "X, miembro de la", "X, integrante del": a person and the body they belong to. */
const MEMBER_OF = /^\s*,\s*(?:(?:a|an|un|una)\s+)?(?:member|miembro|integrante)\s+(?:of|de|del)\s+(?:(?:the|la|el)\s+)?$/iu;
/** The noun of a utility that serves a place: "distributor", "la distribuidora", "operator". */
const SERVES = /(?:distributor|distribuidora|utility|operator|operadora|supplier|carrier)\s/iu;
/** "X, of San Diego", "Trina Solar of Changzhou", "X, a logistics firm from Shenzhen": a company's town after it. */
const OF_TOWN = new RegExp(
  '^\\s*,?\\s+of\\s+$|' +
    '^\\s*,\\s*(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:firm|company|group|maker|manufacturer|developer)\\s+(?:from|of)\\s+$|' +
    // "Andes Holding, una empresa de Shanghái", "X, una fabricante de autos de Hangzhou".
    '^\\s*,\\s*una?\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:empresa|compañía|firma|fabricante|grupo|constructora|naviera|minera)' +
    '(?:\\s+(?:de\\s+)?[\\p{Ll}-]+){0,2}\\s+de\\s+$',
  'u',
);
/** A company's noun right after a town in an apposition: "X, a Shanghai company", "X, a Shenzhen-based maker". */
const TOWN_COMPANY = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:firm|company|group|maker|manufacturer|developer|carrier|builder|supplier)(?!\p{L})/u;
/** "X, de Xi’an": an institution and its city after a comma. */
const COMMA_DE = /^\s*,\s*de\s+$/u;
/** "X, inaugurado en 2021 en el distrito de Y", "X, built by Z in the province of Y": a participle, then where. */
const PARTICIPLE_WHERE = new RegExp(
  '^\\s*,\\s*(?:[\\p{L}]+(?:ado|ada|ados|adas|ido|ida|idos|idas|ed)|built|held|run|founded)\\s[^,;:]*?\\s(?:in|en)\\s+' +
    '(?:(?:the|la|el)\\s+)?' +
    '(?:(?:region|province|department|city|district|región|provincia|departamento|ciudad|distrito)\\s+(?:of\\s+|de\\s+)?)?$',
  'u',
);
/** "the headquarters of Huawei in Shenzhen", "la sede de Huawei en Shenzhen". */
const HEADQUARTERS_OF = /(?:headquarters|head office|sede(?: central)?)\s+(?:of|de)\s+(?:(?:the|la|el)\s+)?$/iu;
const IN = /^\s+(?:in|en)\s+$/iu;
const BODY = new Set(['GOVERNMENT', 'ORGANIZATION', 'COMPANY', 'GROUP', 'MEDIA']);

/** Right before a place: what makes it a body's seat ("based in", "con sede en", "whose headquarters are in"). */
const SEAT_BEFORE = new RegExp(
  '(?:con sede (?:central )?en|based in|headquartered in|with (?:its )?headquarters in|whose headquarters (?:are|is) in|' +
    'cuya sede (?:está|se encuentra) en|que tiene su sede en|' +
    // "Geely, fundada en Hangzhou en 1986", "con oficinas en Ayacucho": where a body was founded or keeps its offices.
    'founded in|fundad[oa] en|con oficinas en|with offices in|tiene su oficina principal en)\\s+(?:(?:the|la|el)\\s+)?' +
    '(?:(?:city|ciudad|district|distrito|province|provincia)\\s+(?:of|de)\\s+)?$',
  'iu',
);
/** Between a place and a body whose seat it is: "the Changsha headquarters of CNMC". */
const HEADQUARTERS_BETWEEN = new RegExp(
  '^\\s+(?:headquarters|head office|offices)\\s+of\\s+(?:the\\s+)?$|' +
    // "Shenzhen, sede de Huawei", "Lima, the seat of Peru's Ministry of …".
    '^\\s*,\\s*(?:the\\s+|la\\s+)?(?:seat|headquarters|sede(?: central)?)\\s+(?:of|de|del)\\s+' +
    "(?:the\\s+|la\\s+|el\\s+)?(?:\\p{L}+['’]s\\s+)?$",
  'iu',
);

/**
 * A body's seat named after it, past an apposition ("Marinasol, la mayor productora del país, con
 * sede en Zorritos"), or before it ("the Changsha headquarters of CNMC").
 */
function seats(text: string, inside: readonly Endpoint[]): Proposal[] {
  const out: Proposal[] = [];
  for (const [i, place] of inside.entries()) {
    if (place.type !== 'PLACE' && place.type !== 'COUNTRY') continue;
    const cue = SEAT_BEFORE.exec(text.slice(Math.max(0, place.start - 60), place.start));
    // "Founded in Shenzhen in 1995, BYD …": an opening participle's seat is the subject's after the comma.
    const subject = inside[i + 1];
    const opening =
      cue &&
      /^\s*$/u.test(
        text
          .slice(Math.max(0, place.start - 60), place.start - cue[0].length)
          .split(/[.!?]\s/u)
          .pop()!,
      ) &&
      subject &&
      BODY.has(subject.type) &&
      /^\s*(?:(?:in|en)\s+\d{4}\s*)?,\s*$/u.test(text.slice(place.end, subject.start))
        ? subject
        : undefined;
    const body = opening ?? (cue ? [...inside.slice(0, i)].reverse().find((e) => BODY.has(e.type)) : undefined);
    if (body && fits('HEADQUARTERED_IN', body.type, place.type))
      out.push(
        proposal({
          text,
          type: 'HEADQUARTERED_IN',
          source: body,
          target: place,
          hit: { start: place.start - cue![0].length, end: place.start },
          strength: 0.65,
        }),
      );
    const next = inside[i + 1];
    if (next && BODY.has(next.type) && HEADQUARTERS_BETWEEN.test(text.slice(place.end, next.start)))
      out.push(
        proposal({
          text,
          type: 'HEADQUARTERED_IN',
          source: next,
          target: place,
          hit: { start: place.end, end: next.start },
          strength: 0.65,
        }),
      );
  }
  return out;
}

/** Every relation the phrases of one sentence state between the entities `inside` it (sorted by start). */
export function structureRelations({ text, inside }: { text: string; inside: readonly Endpoint[] }): Proposal[] {
  const out: Proposal[] = seats(text, inside);
  for (const [i, a] of inside.entries()) {
    const b = inside[i + 1];
    if (!b || a.id === b.id) continue;
    const gap = text.slice(a.end, b.start);
    const hit = { start: a.end, end: b.start };
    // "the APEC summit in Lima", "la feria, celebrada en Lima": a place hosts an event held in it.
    if (a.type === 'EVENT' && b.type === 'PLACE' && (WHERE.test(gap) || HELD_IN.test(gap)))
      out.push(proposal({ text, type: 'HOSTED', source: b, target: a, hit, strength: 0.55 }));
    if (LOCATABLE.has(a.type) && (b.type === 'PLACE' || b.type === 'COUNTRY') && WHERE.test(gap) && fits('LOCATED_IN', a.type, b.type)) {
      out.push(proposal({ text, type: 'LOCATED_IN', source: a, target: b, hit, strength: 0.65 }));
    }
    if (a.type === 'PLACE' || a.type === 'INFRASTRUCTURE' || a.type === 'ORGANIZATION') {
      // "Xiamen, a city in southeastern China": a place's country too.
      const where =
        (b.type === 'PLACE' || (b.type === 'COUNTRY' && a.type === 'PLACE' && PLACE_KIND_IN.test(gap))) &&
        (APPOSED_WHERE.test(gap) || (a.type !== 'PLACE' && b.type === 'PLACE' && COMMA_DE.test(gap)));
      if (where) out.push(proposal({ text, type: 'LOCATED_IN', source: a, target: b, hit, strength: 0.6 }));
      // A participle's phrase may name another entity before the place ("construida por Sinohydro en la provincia de Huari").
      const far = inside.slice(i + 2, i + 4).find((x) => x.type === 'PLACE' && PARTICIPLE_WHERE.test(text.slice(a.end, x.start)));
      if (far && a.id !== far.id)
        out.push(proposal({ text, type: 'LOCATED_IN', source: a, target: far, hit: { start: a.end, end: far.start }, strength: 0.55 }));
      else if (!where && b.type === 'PLACE' && PARTICIPLE_WHERE.test(gap))
        out.push(proposal({ text, type: 'LOCATED_IN', source: a, target: b, hit, strength: 0.55 }));
    }
    // "Luz del Sur, the power distributor of southern Lima", "Cálidda, la distribuidora de gas de Lima": a utility and where it serves.
    if (a.type === 'COMPANY' && b.type === 'PLACE' && APPOSED_WHERE.test(gap) && SERVES.test(gap))
      out.push(proposal({ text, type: 'LOCATED_IN', source: a, target: b, hit, strength: 0.55 }));
    // "Arequipa, Peru's second city", "Callao, Peru’s main port": a place and the country or region whose part it is.
    const possessed = POSSESSED_PLACE.exec(text.slice(b.end, b.end + 50));
    if (
      (a.type === 'PLACE' || a.type === 'INFRASTRUCTURE') &&
      (b.type === 'COUNTRY' || b.type === 'PLACE') &&
      possessed &&
      /^\s*,\s*$/u.test(gap)
    )
      out.push(
        proposal({
          text,
          type: 'LOCATED_IN',
          source: a,
          target: b,
          hit: { start: b.start, end: b.end + possessed[0].length },
          strength: 0.6,
        }),
      );
    // "el congresista X, de Renovación Popular", "X, de la bancada de Y": a person's party; "X, de la Comisión de Defensa
    // Nacional", "X, a member of the Defence Committee": a lawmaker's committee.
    const committee = BODY.has(b.type) && partHead(text.slice(b.start, b.end));
    if (
      a.type === 'PERSON' &&
      (((b.type === 'ORGANIZATION' || b.type === 'GROUP' || committee) && PARTY_DE.test(gap)) || (BODY.has(b.type) && MEMBER_OF.test(gap)))
    )
      out.push(proposal({ text, type: 'AFFILIATED_WITH', source: a, target: b, hit, strength: 0.55 }));
    // "ISA of Colombia": a company and, after "of", the country it is from (its name has no head asking for "of").
    if ((a.type === 'COMPANY' || a.type === 'ORGANIZATION') && b.type === 'COUNTRY' && /^\s+of\s+$/u.test(gap))
      out.push(proposal({ text, type: 'AFFILIATED_WITH', source: a, target: b, hit, strength: 0.55 }));
    // "the COSCO Shipping-owned Chancay Port", "the Minmetals-controlled MMG": an owner named as a premodifier.
    if (/^[-‑](?:owned|controlled)\s+$/u.test(gap) && fits('OWNS', a.type, b.type))
      out.push(proposal({ text, type: 'OWNS', source: a, target: b, hit, strength: 0.6 }));
    // "Moquegua already hosts the Quellaveco mine", "la región alberga la mina Quellaveco": the facility is in the place.
    if (a.type === 'PLACE' && b.type === 'INFRASTRUCTURE' && HOSTS_FACILITY.test(gap))
      out.push(proposal({ text, type: 'LOCATED_IN', source: b, target: a, hit, strength: 0.55 }));
    if (a.type === 'PLACE' && b.type === 'PLACE' && KIND_OF.test(gap))
      out.push(proposal({ text, type: 'LOCATED_IN', source: a, target: b, hit, strength: 0.6 }));
    // "San Ignacio (Cajamarca)": a place and, in brackets, the region it lies in.
    if (a.type === 'PLACE' && b.type === 'PLACE' && /^\s*\(\s*$/u.test(gap) && /^\s*\)/u.test(text.slice(b.end, b.end + 3)))
      out.push(proposal({ text, type: 'LOCATED_IN', source: a, target: b, hit, strength: 0.6 }));
    // "la marca Amazonas Chocolate, de Chachapoyas,", "Sempra Energy, of San Diego", "Sky Silk Cargo, a logistics firm
    // from Shenzhen": a company's town is its seat.
    if (
      a.type === 'COMPANY' &&
      b.type === 'PLACE' &&
      (COMMA_DE.test(gap) || OF_TOWN.test(gap) || (/^\s*,\s*(?:a|an)\s+$/u.test(gap) && TOWN_COMPANY.test(text.slice(b.end, b.end + 40))))
    )
      out.push(proposal({ text, type: 'HEADQUARTERED_IN', source: a, target: b, hit, strength: 0.6 }));
    if (
      BODY.has(a.type) &&
      IN.test(gap) &&
      (b.type === 'PLACE' || b.type === 'COUNTRY') &&
      HEADQUARTERS_OF.test(text.slice(Math.max(0, a.start - 30), a.start))
    )
      out.push(proposal({ text, type: 'HEADQUARTERED_IN', source: a, target: b, hit, strength: 0.7 }));
    // "the Transport Committee of the Congress", "Boston University's Global Development Policy Center".
    if (BODY.has(a.type) && BODY.has(b.type)) {
      if (OF.test(gap) && partHead(text.slice(a.start, a.end))) {
        out.push(proposal({ text, type: 'PART_OF', source: a, target: b, hit, strength: 0.6 }));
      } else if (/^['’]s\s+$/u.test(gap) && partHead(text.slice(b.start, b.end))) {
        out.push(proposal({ text, type: 'PART_OF', source: b, target: a, hit, strength: 0.6 }));
      }
    }
    // "MMG, the Las Bambas operator": an apposition naming what the body operates.
    if (BODY.has(a.type) && b.type === 'INFRASTRUCTURE' && /^\s*,\s*(?:the|el|la)\s+$/iu.test(gap)) {
      if (/^\s+(?:operator|operadora|operador)(?!\p{L})/iu.test(text.slice(b.end, b.end + 12))) {
        out.push(proposal({ text, type: 'OPERATES', source: a, target: b, hit: { start: b.end, end: b.end + 9 }, strength: 0.6 }));
      }
    }
    // "an agreement between Imarpe, the state marine research institute, and Shanghai Ocean University".
    const c = inside.slice(i + 1).find((e) => AND.test(text.slice(a.end, e.start)));
    if (c && BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 60), a.start)) && fits('PARTNERS_WITH', a.type, c.type)) {
      out.push(proposal({ text, type: 'PARTNERS_WITH', source: a, target: c, hit: { start: a.end, end: c.start }, strength: 0.6 }));
    }
  }
  return out;
}
