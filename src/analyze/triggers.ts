/**
 * Relation triggers: words that signal a relation type of the vocabulary, in English, Spanish and
 * Chinese, and the entity types each relation type accepts at its ends (from the meanings in
 * src/domain/vocabulary.ts), so "Boluarte visited Lima" is a VISITED but "operates … Lima" is not an
 * OPERATES.
 */
import { wordsPattern } from '../domain/text.js';
import type { EntityType, RelationType } from '../domain/vocabulary.js';

/** A trigger: a pattern over a sentence and the relation it signals. */
export interface Trigger {
  readonly type: RelationType;
  /** Matched case-insensitively; Latin words on word boundaries. */
  readonly pattern: RegExp;
  /** 0–1: how reliably the words mean the relation. */
  readonly strength: number;
  /** Only when the sentence also matches this (a "received" means investment only near "investment"). */
  readonly requires?: RegExp;
  /** Never when the sentence matches this (a "received" is no visit near "investment"). */
  readonly excludes?: RegExp;
  /** A noun ("trading partner", "investor"): "China is Peru's largest trading partner" has its target before it. */
  readonly noun?: boolean;
  /** Both ends play the same part (order is not meaningful). */
  readonly symmetric?: boolean;
  /** Describes an entity ("headquarters in", "manager of") rather than saying what a subject did. */
  readonly modifier?: boolean;
}

const w = (alternatives: string, cjk = ''): RegExp =>
  // A hyphen binds too: "state-owned" is no "owned".
  new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives})(?![\\p{L}\\p{N}-])${cjk ? `|${cjk}` : ''}`, 'giu');

/** Every trigger; where two overlap in a sentence the longer one wins. */
export const TRIGGERS: readonly Trigger[] = [
  {
    type: 'VISITED',
    strength: 0.85,
    pattern: w('visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|arrived in|travell?ed to|visit(?:ó|aron|ará)|recorri(?:ó|eron)', '访问|参观|考察'),
  },
  { type: 'SIGNED', strength: 0.85, pattern: w('sign(?:s|ed|ing)?|ink(?:s|ed)|firm(?:ó|aron|ará)|suscribi(?:ó|eron)', '签署|签订|签约') },
  {
    type: 'INVESTED_IN',
    strength: 0.8,
    pattern: w(
      'invest(?:s|ed|ing)?(?: in)?|investments? in|invertir(?:á|án)?|invirti(?:ó|eron)|inversi[oó]n en|financ(?:es|ed|ing)',
      '投资|注资',
    ),
  },
  { type: 'INVESTED_IN', strength: 0.7, noun: true, modifier: true, pattern: w('(?:largest |biggest |main |top )?investors?') },
  {
    type: 'RECEIVED_INVESTMENT',
    strength: 0.6,
    requires: /invest|fund|financ|loan|capital|inversi|投资/iu,
    pattern: w('receiv(?:es|ed|ing)|attract(?:s|ed|ing)|recibi(?:ó|eron)', '获得|吸引'),
  },
  {
    type: 'GRANTED_EXCLUSIVITY_TO',
    strength: 0.75,
    requires: /exclusiv|concession|monopol|sole right|concesi[oó]n|独家|专营/iu,
    pattern: w('grant(?:s|ed|ing)?|award(?:s|ed|ing)?|gave|give[sn]?|otorg(?:ó|aron|a)|concedi(?:ó|eron)', '授予|给予'),
  },
  { type: 'TRAINS', strength: 0.75, pattern: w('train(?:s|ed|ing)?|capacit(?:a|ó|ará|aron|ar)|forma(?:rá|ó)', '培训|培养') },
  {
    type: 'PARTNERS_WITH',
    strength: 0.7,
    symmetric: true,
    pattern: w('partner(?:s|ed|ing)? with|partnership with|teamed up with|alliance with|asoci(?:ó|aron) con'),
  },
  {
    type: 'PARTNERS_WITH',
    strength: 0.7,
    symmetric: true,
    noun: true,
    modifier: true,
    pattern: w(
      '(?:largest |biggest |main |top |key |strategic )?(?:trading |trade |business |commercial |strategic )?partners?|' +
        'socios? comercial(?:es)?',
      '伙伴',
    ),
  },
  {
    type: 'COOPERATES_WITH',
    strength: 0.6,
    symmetric: true,
    pattern: w('cooperat(?:e|es|ed|ing|ion)(?: with)?|collaborat(?:e|es|ed|ing|ion)(?: with)?|cooper(?:ar|ación|ará|aron) con', '合作'),
  },
  {
    type: 'DISCUSSED',
    strength: 0.7,
    symmetric: true,
    pattern: w('discuss(?:es|ed|ing)?|held talks|talks with|conversations? with|convers(?:ó|aron)|dialog(?:ó|aron)', '讨论|会谈|会晤|商讨'),
  },
  {
    type: 'OPERATES',
    strength: 0.8,
    pattern: w('operat(?:es|ed|e|ing)|operator of|runs|run by|opera|operad[oa]s?(?: por)?|administra|administrad[oa]s?', '运营|经营'),
  },
  {
    type: 'OWNS',
    strength: 0.8,
    pattern: w(
      'own(?:s|ed)?|owner of|stake in|shareholder (?:of|in)|holds|controlled by|controls|propietari[oa] de|due[ñn][oa]s? del?|' +
        'accionista de|posee|poseen|controlad[oa] por|controla',
      '拥有|持有|控股',
    ),
  },
  {
    type: 'ACQUIRED',
    strength: 0.8,
    pattern: w(
      'bought|buys|acquired|acquires|acquisition of|purchased|purchase of|took over|takes over|taking over|takeover of|' +
        'compr(?:ó|aron|a)|compra de|adquiri(?:ó|eron)|adquiere|adquisición de',
      '收购|买下|购得',
    ),
  },
  { type: 'SOLD', strength: 0.75, pattern: w('sold|sells|vendi(?:ó|eron)|vende', '出售|卖给') },
  {
    type: 'MET',
    strength: 0.75,
    symmetric: true,
    pattern: w(
      'met(?: with)?|meets(?: with)?|meeting with|held talks with|holds talks with|se reuni(?:ó|eron)(?: con)?|sostuvo una reunión con',
      '会见|会晤|见面',
    ),
  },
  {
    type: 'HOSTED',
    strength: 0.75,
    pattern: w(
      'hosted|hosts|hosting|welcomed|acogi(?:ó|eron)|acoj(?:a|e|erá)|acoge|fue anfitri[oó]n de|dio la bienvenida a',
      '接待|接见|欢迎',
    ),
  },
  {
    type: 'PRESIDED_OVER',
    strength: 0.8,
    pattern: w('presided over|presides over|presided|chaired|presidi(?:ó|eron)|presidir(?:á|án)|encabez(?:ó|aron|ará)', '主持'),
  },
  {
    type: 'HOSTED',
    strength: 0.7,
    excludes: /invest|fund|financ|loan|capital|inversi|award|prize|premio|投资/iu,
    pattern: w('received|receives|recibi(?:ó|eron)(?: a)?|recibe a', '会见'),
  },
  {
    type: 'STATED',
    strength: 0.6,
    pattern: w(
      'said|says|stated|told|tells|called|described|announced|confirmed|warned|explained|added|noted|dijo|afirm(?:ó|aron)|' +
        'señal(?:ó|aron)|asegur(?:ó|aron)|anunci(?:ó|aron)|inform(?:ó|aron)|confirm(?:ó|aron)|advirti(?:ó|eron)|explic(?:ó|aron)|' +
        'indic(?:ó|aron)|sostuvo|declar(?:ó|aron)|presenta|calcula|estima',
      '表示|称',
    ),
  },
  { type: 'NEGOTIATED', strength: 0.75, pattern: w('negotiat(?:ed|es|ing)|negoci(?:ó|aron|a)', '谈判|磋商') },
  { type: 'ADOPTED', strength: 0.75, pattern: w('adopted|adopts|approved|adopt(?:ó|aron)|aprob(?:ó|aron)', '通过|批准') },
  {
    type: 'BUILT',
    strength: 0.75,
    pattern: w(
      'built|builds|is building|constructed|assembled|erected|construy(?:ó|eron|e)|construid[oa]s?|edific(?:ó|aron)|ensambl(?:ó|aron)',
      '建设|建造|修建',
    ),
  },
  { type: 'REGULATES', strength: 0.75, pattern: w('regulates|regulator of|oversees|supervises|regula|supervisa|fiscaliza', '监管') },
  {
    type: 'LEADS',
    strength: 0.7,
    modifier: true,
    pattern: w(
      'leads|led|heads|headed|president of|chairman of|chairwoman of|chair of|ceo of|head of|leader of|' +
        '(?:general )?manager of|director of|presid(?:e|ió|ente de|enta de)|rector(?:a)? de|gerente general de|' +
        'titular de(?:l)?|director(?:a)? de|jef(?:e|a) de|secretari[oa] general de|dirige|dirigen|encabeza',
      '领导|率领',
    ),
  },
  {
    type: 'HEADQUARTERED_IN',
    strength: 0.85,
    modifier: true,
    pattern: w('headquartered in|headquarters in|head office in|based in|sede en|con sede en', '总部位于|总部设在'),
  },
  {
    type: 'LOCATED_IN',
    strength: 0.8,
    modifier: true,
    pattern: w('located in|situated in|lies in|sits in|ubicad[oa] en|situad[oa] en', '位于'),
  },
  { type: 'ATTENDED', strength: 0.75, pattern: w('attend(?:s|ed|ing)?|took part in|participated in|asisti(?:ó|eron|rá) a', '出席|参加') },
  {
    type: 'PARTICIPATES_IN',
    strength: 0.7,
    pattern: w(
      'join(?:s|ed)?|participates in|takes part in|member of|se uni(?:ó|eron) a|adhiri(?:ó|eron)|forma(?:n)? parte de',
      '加入|参与',
    ),
  },
  { type: 'PARTY_TO', strength: 0.7, pattern: w('party to|parties to|ratif(?:y|ies|ied)|ratific(?:ó|aron)', '批准') },
  { type: 'PLANS', strength: 0.6, pattern: w('plans? (?:to build|for)|planned|will build|propos(?:es|ed)|planea|planifica', '计划|规划') },
  {
    type: 'SEEKS_COOPERATION_WITH',
    strength: 0.6,
    pattern: w('seek(?:s|ing)?|sought|court(?:s|ed|ing)|invit(?:es|ed) .{0,20}?to invest|busca(?:rá)?', '寻求'),
  },
  {
    type: 'COMMUNICATED_VIA',
    strength: 0.8,
    pattern: w(
      'said to|wrote in|in an interview with|interview with|in a statement carried by|según un comunicado difundido por',
      '接受.{0,6}采访',
    ),
  },
  {
    type: 'PART_OF',
    strength: 0.7,
    modifier: true,
    pattern: w(
      'part of|subsidiary of|unit of|division of|arm of|belongs to|attached to|filial(?:es)? del?|subsidiaria del?|parte del?|' +
        'adscrit[oa]s? al?',
      '隶属|旗下',
    ),
  },
];

const ACTOR: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'COMPANY', 'GOVERNMENT', 'COUNTRY', 'GROUP', 'MEDIA'];
const BODY: readonly EntityType[] = ['ORGANIZATION', 'COMPANY', 'GOVERNMENT', 'MEDIA', 'GROUP'];
const WHERE: readonly EntityType[] = ['PLACE', 'COUNTRY'];
const ANY = null;

/** Entity types accepted at the source and target of each relation type; null accepts any. */
export const ENDS: Readonly<Record<RelationType, readonly [readonly EntityType[] | null, readonly EntityType[] | null]>> = {
  ACQUIRED: [ACTOR, ['COMPANY', 'ORGANIZATION', 'INFRASTRUCTURE', 'MEDIA']],
  ADOPTED: [ACTOR, ['PLAN', 'PROGRAM', 'AGREEMENT', 'INITIATIVE']],
  BUILT: [ACTOR, ['INFRASTRUCTURE']],
  HOSTED: [ACTOR, [...ACTOR, 'EVENT']],
  MET: [ACTOR, ACTOR],
  NEGOTIATED: [ACTOR, ['AGREEMENT', 'PLAN', 'PROGRAM']],
  PRESIDED_OVER: [
    ['PERSON', ...BODY],
    ['EVENT', ...BODY],
  ],
  REGULATES: [
    ['GOVERNMENT', 'ORGANIZATION'],
    ['COMPANY', 'INFRASTRUCTURE', 'ORGANIZATION'],
  ],
  SOLD: [ACTOR, ['COMPANY', 'ORGANIZATION', 'INFRASTRUCTURE', 'MEDIA']],
  AFFILIATED_WITH: [ACTOR, ['COUNTRY', ...BODY]],
  ATTENDED: [ACTOR, ['EVENT']],
  COMMUNICATED_VIA: [ACTOR, ['MEDIA']],
  COOPERATES_WITH: [ACTOR, ACTOR],
  DISCUSSED: [ACTOR, [...ACTOR, 'TOPIC']],
  GRANTED_EXCLUSIVITY_TO: [ACTOR, ACTOR],
  HEADQUARTERED_IN: [BODY, WHERE],
  HOLDS_OFFICE_IN: [['PERSON'], ['COUNTRY', ...BODY]],
  INVESTED_IN: [ACTOR, ['COMPANY', 'ORGANIZATION', 'INFRASTRUCTURE', 'COUNTRY', 'PLACE', 'PLAN', 'PROGRAM', 'INITIATIVE']],
  LEADS: [
    ['PERSON', ...BODY, 'COUNTRY'],
    ['COUNTRY', ...BODY, 'PROGRAM', 'INITIATIVE', 'INFRASTRUCTURE', 'EVENT', 'PLAN'],
  ],
  LOCATED_IN: [['INFRASTRUCTURE', 'PLACE', 'EVENT', ...BODY], WHERE],
  OPERATES: [
    ['COUNTRY', ...BODY],
    ['INFRASTRUCTURE', 'PROGRAM'],
  ],
  OWNS: [ACTOR, ['COMPANY', 'ORGANIZATION', 'INFRASTRUCTURE', 'MEDIA']],
  PART_OF: [
    ['ORGANIZATION', 'COMPANY', 'GOVERNMENT', 'GROUP', 'MEDIA', 'INFRASTRUCTURE', 'PLACE', 'PROGRAM', 'EVENT', 'INITIATIVE', 'PLAN'],
    ANY,
  ],
  PARTICIPATES_IN: [ACTOR, ['INITIATIVE', 'PROGRAM', 'EVENT', 'PLAN', 'AGREEMENT', 'ORGANIZATION']],
  PARTNERS_WITH: [ACTOR, ACTOR],
  PARTY_TO: [ACTOR, ['AGREEMENT']],
  PLANS: [ACTOR, ['PLAN', 'INFRASTRUCTURE', 'PROGRAM', 'EVENT']],
  RECEIVED_INVESTMENT: [ANY, [...ACTOR, 'INITIATIVE', 'PROGRAM']],
  SEEKS_COOPERATION_WITH: [ACTOR, ACTOR],
  SIGNED: [ACTOR, ['AGREEMENT', 'PLAN', 'PROGRAM']],
  STATED: [ACTOR, ANY],
  TRAINS: [ACTOR, ['GROUP', 'PERSON', ...BODY]],
  VISITED: [ACTOR, [...WHERE, ...BODY, 'INFRASTRUCTURE', 'EVENT']],
};

/** True when a relation of `type` may run from an entity of type `source` to one of type `target`. */
export function fits(type: RelationType, source: string, target: string): boolean {
  const [s, t] = ENDS[type];
  return (s === null || (s as readonly string[]).includes(source)) && (t === null || (t as readonly string[]).includes(target));
}

/** Titles that make a person the leader of a state ("Peruvian President Dina Boluarte"). */
export const LEADER_TITLES = /^(president|presidenta|presidente|head of state|leader|king|queen|emperor)$/iu;
/** Titles of other offices ("China's commerce minister Wang Wentao"). */
export const OFFICE_TITLES = wordsPattern(
  'minister|ministra|ministro|premier|prime minister|ambassador|embajador|embajadora|envoy|secretary|' +
    'vice-president|vice president|vicepresidente|governor|official|chancellor|canciller|consul|counterpart|homólog[oa]|' +
    'foreign minister|mandatari[oa]',
  'iu',
);
/** Nouns for a company or organisation after a demonym ("the Chinese tech giant Huawei"). */
export const BODY_NOUNS = wordsPattern(
  'company|firm|giant|group|miner|carrier|operator|bank|lender|conglomerate|manufacturer|automaker|' +
    'shipper|insurer|investor|developer|contractor|enterprise|state-owned|multinational|empresa|compañía|arm|unit|' +
    'subsidiary|filial|siderúrgica|petrolera|constructora|operadora|gigante|telecom|telecoms|' +
    'minera|naviera|authority|regulator|agency|watchdog|ministry|autoridad|regulador|organismo|agencia|ministerio',
  'iu',
);
