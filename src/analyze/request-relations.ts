/**
 * Requests for help: who seeks a country's money ("Peru wants Chinese investment", "el Perú busca
 * financiamiento chino") and who asks someone for support ("pidió a Pekín apoyo", "would ask Beijing to
 * fund", "asked the ministry for help"). Both are SEEKS_COOPERATION_WITH, from the one who seeks to the
 * country the demonym names, or to the one asked.
 */
import { proposal, type Proposal } from './proposal.js';
import { fits } from './relation-ends.js';
import { countryNamedAt } from './title-relations.js';
import type { Endpoint, SentenceEndpoints } from './types.js';

/** A verb of seeking, then a demonym and a kind of money, either way round ("seeks Chinese capital", "busca capital chino"). */
const SEEKING = new RegExp(
  '(?<![\\p{L}-])(seek|seeks|sought|seeking|want|wants|wanted|court|courts|courted|courting|attract|attracts|attracting|' +
    'busca|buscan|buscará|buscarán|buscaba|buscar|buscó|atraer|atraerá|atrae|quiere|quieren)' +
    '\\s+(?:(?:more|new|más|nuevas?|nuevos?)\\s+)?' +
    '(?:(\\p{Lu}\\p{Ll}+)\\s+(?:investment|investors|capital|financing|funding|loans?|money)|' +
    '(?:inversión|inversiones|inversionistas|capital|capitales|financiamiento|fondos|créditos|dinero)\\s+' +
    '(chin[oa]s?|\\p{Ll}+))(?![\\p{L}-])',
  'gu',
);
/** A verb of asking right before whom it asks ("pidió a", "would ask", "invitó al"). */
const ASKING = new RegExp(
  '(?<![\\p{L}-])(?:ask|asks|asked|asking|invite|invites|invited|inviting|pidió|pedirá|pedirán|pidieron|pide|piden|pedir|' +
    'solicitó|solicitará|solicitar|invitó|invitará|invitar)\\s+(?:(?:a|al|a la|a los|to)\\s+)?(?:(?:the|el|la|los|las)\\s+)?$',
  'iu',
);
/** After whom is asked: what is asked for is help, money or an opening ("for help", "to fund", "apoyo para", "abrir"). */
const FOR_HELP = new RegExp(
  '^\\s*(?:\\([^()]{1,20}\\)\\s*)?,?\\s*(?:for\\s+(?:help|support|funding|financing|investment|a\\s+loan|loans|aid)|' +
    'to\\s+(?:fund|finance|invest|help|support|lend|let|allow|open|bid|join|build)|' +
    '(?:su\\s+)?(?:apoyo|ayuda|financiamiento|financiar|invertir|inversión|una\\s+línea\\s+de\\s+crédito|un\\s+crédito|' +
    'un\\s+préstamo|abrir|participar|a\\s+participar|a\\s+invertir|construir|donar))(?![\\p{L}-])',
  'iu',
);
/** Who may seek: anyone but a medium, a place it happens in, an event. */
const SEEKERS = new Set(['PERSON', 'COUNTRY', 'GOVERNMENT', 'COMPANY', 'GROUP', 'ORGANIZATION', 'PLACE']);

/** The seeker of a request at `at`: the nearest entity before it that can seek, a medium ("dijo a Andina que") skipped. */
const seekerBefore = (inside: readonly Endpoint[], at: number): Endpoint | undefined =>
  [...inside].reverse().find((e) => e.end <= at && SEEKERS.has(e.type));

/** The SEEKS_COOPERATION_WITH relations of one sentence. */
export function requestRelations({
  text,
  sentence,
  inside,
  countryOf,
}: SentenceEndpoints & { countryOf: (demonym: string) => string | undefined }): Proposal[] {
  const out: Proposal[] = [];
  const seeks = (source: Endpoint | undefined, target: Endpoint, hit: { start: number; end: number }, strength: number) => {
    if (source && source.id !== target.id && fits('SEEKS_COOPERATION_WITH', source.type, target.type))
      out.push(proposal({ text, type: 'SEEKS_COOPERATION_WITH', source, target, hit, strength }));
  };
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(SEEKING)) {
    const demonym = m[2] ?? m[3]!;
    const verbStart = sentence.start + m.index;
    const at = verbStart + m[0].lastIndexOf(demonym);
    const country = countryNamedAt({ text, inside, countryOf, start: at, end: at + demonym.length });
    if (!country) continue;
    seeks(seekerBefore(inside, verbStart), country, { start: verbStart, end: verbStart + m[1]!.length }, 0.65);
  }
  for (const [i, asked] of inside.entries()) {
    const before = text.slice(Math.max(sentence.start, asked.start - 40), asked.start);
    const verb = ASKING.exec(before);
    if (!verb || !FOR_HELP.test(text.slice(asked.end, asked.end + 40))) continue;
    const verbStart = asked.start - before.length + verb.index;
    seeks(seekerBefore(inside.slice(0, i), verbStart), asked, { start: verbStart, end: asked.start }, 0.6);
  }
  return out;
}
