/**
 * The clues that make a run of capitalised words a candidate entity of some type: head words
 * ("Ministry", "Port"), words just before or after a name ("the regulator X", "X copper mine"),
 * titles, connectors and the punctuation that ends a name. Words are matched folded.
 */
import { foldForMatch, wordsPattern } from '../domain/text.js';
import type { EntityType } from '../domain/vocabulary.js';
import type { Term } from './nlp.js';

/** Words a name's head may be, and the type they make it (checked on folded words). */
export const HEAD_WORDS: readonly [RegExp, EntityType][] = [
  [
    wordsPattern(
      'ministry|ministerio|ministere|government|gobierno|congress|congreso|parliament|senate|regulator|' +
        'superintendencia|municipality|municipalidad|embassy|embajada|consulate|agency|council|consejo|organismo|' +
        'authority|autoridad|commission|comision|committee|comite|cabinet|gabinete|presidency|presidencia|cancilleria|' +
        'navy|army|armada|ejercito|police|policia|military|militares|coastguard|court|tribunal|corte|juzgado|comptroller|' +
        'contraloria|superintendency|fiscalia|prosecutor|office|oficina|consulado|defensoria|ombudsman|procuraduria|' +
        'prefectura|gobernacion|senado|assembly|asamblea|judiciary|judicial|secretariat|secretaria|directorate|direccion|' +
        'bureau|administration|administracion|customs|aduanas|concejo|department|command|seguro',
    ),
    'GOVERNMENT',
  ],
  [
    wordsPattern(
      'university|universidad|universite|institute|instituto|association|asociacion|chamber|camara|' +
        'foundation|fundacion|federation|federacion|union|sindicato|gremio|sociedad|society|academy|academia|' +
        'fund|fondo|center|centre|centro|ngo|ong|party|partido|museum|museo|library|biblioteca|confederation|confederacion|' +
        'alliance|alianza|coalition|coalicion|network|cooperative|cooperativa|school|escuela|college|colegio|church|iglesia',
    ),
    'ORGANIZATION',
  ],
  [
    wordsPattern(
      'inc|corp|corporation|corporacion|ltd|limited|llc|plc|company|compania|co|group|grupo|holdings?|sa|' +
        'saa|sac|minera|mining|metals?|resources|shipping|airlines?|air|telecom|motors|energy|energia|petroleum|logistics|' +
        'bank|banco|fresh|foods|mobile|movil|group|grupo|' +
        'international|grid|ports|engineering|construction|copper|steel|iron|hierro|cobre|electric|power|technologies|' +
        'industries|industrial|partners|capital|enterprises|trading|investments|infrastructure|transmisora|inversiones|generacion|' +
        'automotores|distribuidora|constructora|pesquera|agroindustrial|seafoods|aurifera|naviera|petrolera|gold|silver|zinc|' +
        'lithium|minerals|cementos|cement|consortium|consorcio',
    ),
    'COMPANY',
  ],
  [
    wordsPattern(
      'port|puerto|harbour|harbor|terminal|mine|mina|airport|aeropuerto|railway|railroad|hospital|muelle|pier|wharf|metro|' +
        'ferrocarril|tren|train|via|viaducto|' +
        'line|linea|corridor|corredor|' +
        'highway|carretera|dam|represa|refinery|refineria|plant|planta|bridge|puente|presa|smelter|fundicion|tunnel|tunel|' +
        'pipeline|gasoducto|oleoducto|poliducto|stadium|estadio|road|expressway|autopista|station|estacion|' +
        'reservoir|reservorio|embalse|hidroelectrica|hydroelectric|hydropower|termoelectrica|substation|subestacion|' +
        'megaport|megapuerto|shipyard|astillero|yacimiento|aqueduct|acueducto|dock|quay|hidrovia|waterway|block|lote|base|campus',
    ),
    'INFRASTRUCTURE',
  ],
  [
    wordsPattern(
      'palace|palacio|square|plaza|province|provincia|region|district|distrito|valley|valle|river|rio|island|isla|city|ciudad|hall|' +
        'bay|bahia|lake|lago|laguna|lagoon|gulf|golfo|peninsula|desert|desierto|basin|cuenca|cordillera|departamento|' +
        'street|avenue|avenida|calle|jiron|barrio|neighbourhood|neighborhood|county|prefecture|coast',
    ),
    'PLACE',
  ],
  [
    wordsPattern(
      'treaty|tratado|agreement|acuerdo|protocol|protocolo|accord|memorandum|memorando|convenio|pact|pacto|contract|contrato|' +
        'addendum|adenda',
    ),
    'AGREEMENT',
  ],
  [wordsPattern('plan|strategy|estrategia|policy|politica|roadmap|agenda|blueprint'), 'PLAN'],
  [
    wordsPattern(
      'summit|cumbre|forum|foro|conference|conferencia|expo|exposicion|exhibition|fair|feria|games|juegos|olympics|festival|' +
        'carnival|carnaval|seminar|seminario|symposium|simposio|encuentro|rueda|roundtable|workshop|championship|campeonato|' +
        'tournament|torneo|marathon|maraton|biennial|bienal|ceremony|ceremonia',
    ),
    'EVENT',
  ],
  [wordsPattern('times|daily|post|tribune|journal|herald|gazette|news|noticias|radio|tv|television|diario|press|prensa|canal'), 'MEDIA'],
  [wordsPattern('initiative|iniciativa'), 'INITIATIVE'],
  [wordsPattern('programme|program|programa'), 'PROGRAM'],
];

/** Lower-case words just before a name that say what it is ("the regulator Ositrán", "the town of Huaral"). */
export const BEFORE_WORDS: readonly [RegExp, EntityType][] = [
  [wordsPattern('regulator|ministry|agency|government|authority|watchdog|supervisor|regulador|autoridad|organismo|ente'), 'GOVERNMENT'],
  // "a scholarship run by Pronabec", "the exhibition X", "la muestra El Ejército de Terracota".
  [wordsPattern('programme|program|programa|scholarship|beca|scheme'), 'PROGRAM'],
  [wordsPattern('exhibition|exposicion|muestra|show|festival|fair|feria|summit|cumbre|forum|foro|expo'), 'EVENT'],
  [wordsPattern('newspaper|broadcaster|outlet|tabloid|diario|periodico|emisora|cadena|radio|agencia'), 'MEDIA'],
  [
    wordsPattern(
      'miner|company|firm|operator|carrier|lender|bank|insurer|automaker|carmaker|maker|manufacturer|producer|conglomerate|giant|' +
        'group|retailer|exporter|importer|shipper|developer|contractor|subsidiary|unit|brand|empresa|compania|naviera|' +
        'minera|operadora|fabricante|automotriz|constructora|aseguradora|distribuidora|filial|grupo|firma|estatal|state-owned|' +
        'state-run|petrolera|electrica|concesionaria|concessionaire|consortium|consorcio|multinational|multinacional|' +
        'pesquera|exportadora|importadora|contratista|supplier|proveedora|banco|utility|airline|aerolinea|startup|grower|' +
        'productora|agroexportadora|generator|generadora|distributor|dealer|trader|comercializadora|smelter',
    ),
    'COMPANY',
  ],
  // "la familia Benavides".
  [/^(familia|clan)$/, 'GROUP'],
  [
    wordsPattern(
      'association|union|university|ngo|organisation|organization|federation|think-tank|institute|chamber|party|charity|' +
        'nonprofit|non-profit|foundation|society|guild|cooperative|confederation|asociacion|federacion|confederacion|sindicato|' +
        'universidad|fundacion|ong|gremio|cooperativa|organizacion|instituto',
    ),
    'ORGANIZATION',
  ],
  [
    wordsPattern(
      'mine|mina|plant|planta|central|hidroelectrica|deposit|yacimiento|terminal|dam|represa|refinery|refineria|smelter|' +
        'pit|tajo|operates|operate|operating|opera|operan|operar|operara',
    ),
    'INFRASTRUCTURE',
  ],
  // Not "state": "the state agency", "a state company" use it as a modifier.
  [/^(town|city|region|province|district|village|capital|department|valley|island|of|in|from|near|at|en)$/, 'PLACE'],
  [
    wordsPattern(
      'minister|president|premier|chairman|chairwoman|chair|ceo|director|manager|ambassador|spokesperson|' +
        'spokesman|spokeswoman|mayor|governor|senator|congressman|congresswoman|secretary|envoy|official|' +
        'executive|economist|analyst|founder|said|says|told|ministro|ministra|presidente|presidenta|gobernador|gobernadora|' +
        'alcalde|alcaldesa|embajador|embajadora|gerente|gerenta|canciller|vocero|vocera|portavoz|rector|rectora|vicerrector|viceministro|' +
        'titular|comandante|commander|decano|decana|' +
        'viceministra|congresista|jefe|jefa|secretario|dirigente|leader|lider|representative|representante|coordinator|' +
        'coordinador|coordinadora|judge|juez|jueza|lawyer|abogado|abogada|professor|profesor|profesora|researcher|investigador|' +
        'investigadora',
    ),
    'PERSON',
  ],
];

/** Lower-case words just after a name ("X copper mine", "X region"). */
export const AFTER_WORDS: readonly [RegExp, EntityType][] = [
  [
    wordsPattern(
      'mine|port|plant|project|dam|railway|refinery|terminal|deposit|field|airport|highway|smelter|operado|operada|operated|' +
        'hydroelectric|hydropower|hydro|pipeline|tunnel|bridge|road|expressway|reservoir|stadium|megaport|complex|substation|' +
        // "the Sol de Moquegua solar farm", "the Huánuco–Tocache transmission line".
        'farm|line|waterway|canal|factory|corridor|pier|wharf|quay|jetty|' +
        // "the Chaglla and San Gabán III plants": a plural noun after the last of coordinated names.
        'mines|plants|ports|dams|projects|farms|terminals|refineries|smelters|substations|airports',
    ),
    'INFRASTRUCTURE',
  ],
  [/^(region|province|district|valley|city|town|village|river|lake|bay|island|basin|desert|peninsula)$/, 'PLACE'],
  // "the Segunda y Cajas peasant community", "about 20 Matsigenka communities": a community is a group of people.
  [/^(peasant|community|communities|comunidad|comunidades)$/, 'GROUP'],
  // "the founding Brescia family".
  [/^(family|clan)$/, 'GROUP'],
  [
    wordsPattern(
      'said|says|told|added|stated|explained|noted|argued|warned|stressed|insisted|acknowledged|admitted|recalled|dijo|afirmo|' +
        'senalo|indico|explico|declaro|sostuvo|agrego|anadio|preciso|manifesto|aseguro|comento|destaco|subrayo|advirtio|reconocio',
    ),
    'PERSON',
  ],
];

/** Titles before a person's name, left out of the name ("President Xi Jinping" → "Xi Jinping"). */
export const TITLES = wordsPattern(
  'president|presidenta|presidente|premier|minister|ministra|ministro|chairman|chairwoman|ceo|' +
    'ambassador|embajador|mr|mrs|ms|dr|sr|sra|don|dona|general|governor|mayor|alcalde|senator|secretary|' +
    'vice|prime|foreign|trade|deputy|chief|executive|manager|director|directora|spokesperson|spokesman|spokeswoman|envoy|' +
    'commissioner|chancellor|consul|canciller|gerente|embajadora|gobernador|gobernadora|alcaldesa|viceministro|viceministra|' +
    'vicepresidente|vicepresidenta|superintendent|superintendente|congressman|congresswoman|congresista|senadora|senador|' +
    // Ranks: "Admiral Alberto Alcalá Luna", "el coronel Zhou Bin", "Rear Admiral Liu Jianhua".
    'admiral|rear|almirante|contralmirante|vicealmirante|colonel|coronel|captain|capitán|commander|comandante|lieutenant|teniente',
);
/** Small words that may sit inside a name ("Ministry of Energy and Mines", "Universidad Nacional de Ingeniería"). */
export const CONNECTORS = /^(of|de|del|la|las|los|el|y|and|for|the|da|do|dos|das|e|van|von|al|bin)$/;
/** Punctuation after a word that ends a name, a spaced dash included (the dateline "LIMA — Hutchison …"). */
export const BREAK = /[,;:()[\]{}"“”«»!?。，、]|\.\s|\.$|\s[—–-]|[—–]\s/u;
/** Small words that open a sentence or a phrase and are no part of a name ("El Gobierno", "Según el Ministerio"). */
export const LEADING_WORDS = wordsPattern(
  'el|la|los|las|lo|un|una|unos|unas|segun|en|con|por|para|desde|tras|durante|este|esta|estos|estas|ese|esa|esos|esas|su|sus|al|del|' +
    'the|a|an|this|these|that|its|their|his|her|our|in|on|at|after|before|since|during|under|with|from|for|by|as|when|while|but|and|y',
);
/** Tags of words that are no part of a name at its edges ("The", "In", "Chinese", "Monday"). */
export const EDGE_TAGS = [
  'Date',
  'Month',
  'WeekDay',
  'Holiday',
  'Value',
  'Pronoun',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Demonym',
  'Honorific',
];
/** Tags that make a sentence's capitalised first word a name on its own. */
export const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'];

/** A term's word as the tables match it: folded, without a possessive ’s. */
export function word(t: Term): string {
  // Asked for the same term many times per analysis: folded once.
  let folded = FOLDED.get(t);
  if (folded === undefined) {
    folded = foldForMatch(t.text.replace(/['’]s$/u, ''));
    FOLDED.set(t, folded);
  }
  return folded;
}
const FOLDED = new WeakMap<Term, string>();
/** True when a term starts with a capital letter. */
export const isCapitalised = (t: Term): boolean => /^\p{Lu}/u.test(t.text.normalize('NFKC'));
/** The type the first matching row of `table` gives the word `w`; undefined when none matches or there is no word. */
export const clue = (table: readonly [RegExp, EntityType][], w: string | undefined): EntityType | undefined =>
  w === undefined ? undefined : table.find(([re]) => re.test(w))?.[1];
