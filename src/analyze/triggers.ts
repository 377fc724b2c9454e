/**
 * Relation triggers: words that signal a relation type of the vocabulary, in English, Spanish and
 * Chinese (which ends each type accepts is relation-ends.ts's). Verbs come with every form
 * verb-forms.ts generates ("firma", "firmaron", "ha firmado", "firmado por"), less those that are
 * mostly nouns or adjectives ("la firma", "the host country").
 */
import { en, es, verbAlternation, type ParticipleUse, type SpanishTense, type VerbForms } from './verb-forms.js';
import type { RelationType } from '../domain/vocabulary.js';

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
  /** Relates only the subjects coordinated before it with each other ("X and Y jointly run Z" makes no partner of Z). */
  readonly together?: boolean;
  /** Only when the text right after it matches this, case-sensitively ("part of" a name, not "part of the output"). */
  readonly next?: RegExp;
}

const w = (alternatives: string, cjk = ''): RegExp =>
  // A hyphen binds too: "state-owned" is no "owned".
  new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives})(?![\\p{L}\\p{N}-])${cjk ? `|${cjk}` : ''}`, 'giu');
/** Every form of `verbs` (participles as verbs unless `participles` says otherwise), each followed by `after`. */
const v = (verbs: readonly VerbForms[], after = '', participles: ParticipleUse = 'verbal'): string =>
  verbAlternation(verbs, { after, participles });
const past = (x: string) => ({ past: x });
/** A present or imperfect ("preside", "encabezaba") states an office, the other tenses tell an act. */
const OFFICE: readonly SpanishTense[] = ['present', 'imperfect'];
const ACT: readonly SpanishTense[] = ['preterite', 'future', 'conditional', 'infinitive', 'gerund'];
/** All but the infinitive: a Spanish infinitive is no statement ("es decir", "para asegurar"). */
const FINITE: readonly SpanishTense[] = ['present', 'preterite', 'imperfect', 'future', 'conditional', 'gerund'];
/** What is built is done: "will build", "construirá", "para construir" are plans. */
const DONE: readonly SpanishTense[] = ['present', 'preterite', 'imperfect', 'gerund'];
/** "holds a 40% stake", "held 60 percent": a holding, not a meeting held. */
const STAKE =
  '(?=\\s+(?:(?:a|an|the|its|their)\\s+)?(?:[\\d.,]+\\s*(?:%|percent|per cent)|(?:[\\p{L}-]+\\s+){0,2}(?:stake|share|interest)s?\\b))';

/** Things one welcomes as news, not as guests: "welcomed the purchase", "acogió la propuesta". */
const OPINION_OF =
  '(?:purchase|decision|deal|agreement|announcement|news|move|investment|plan|proposal|ruling|fine|measure|project|' +
  'compra|decisión|acuerdo|anuncio|noticia|medida|inversión|propuesta|plan|proyecto|sanción|multa|firma)(?!\\p{L})';

/** Every trigger; where two overlap in a sentence the longer one wins. */
export const TRIGGERS: readonly Trigger[] = [
  {
    // "China Telecom llegó al Perú en 2016", "ICBC opened in Peru in 2014", "Statkraft opera en el país desde 2014": a body's
    // arrival or work in a place since a year is its presence there (before VISITED: of two equally long triggers the first wins).
    type: 'LOCATED_IN',
    strength: 0.75,
    next: new RegExp(
      '^\\s+(?:(?:the|el|la)\\s+)?(?:\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}|country|país)\\s+' +
        '(?:(?:in|en)\\s+(?:\\p{L}+\\s+)?|since|desde)\\s*\\d{4}(?!\\d)',
      'u',
    ),
    pattern: w(
      'arrived in|(?:llegó|llegaron) al?|opened in|(?:abrió|abrieron) en|entered|(?:ingresó|ingresaron) al?|' +
        '(?:started|began|empezó a|comenzó a) (?:operating|operar) en|(?:opera|operan|funciona|funcionan|trabaja|trabajan) en|' +
        '(?:operates|works) in',
    ),
  },
  {
    // "CNPC has worked in Peru since 1993", "has been present in the country".
    type: 'LOCATED_IN',
    strength: 0.75,
    pattern: w(
      '(?:has|have|had) (?:worked|operated|been operating|been working|been present|been active|done business) in|' +
        // "La mina Tacora está en Arequipa": only a place can follow (relation-ends.ts).
        '(?:está|están|estaba|estaban) (?:ubicad[oa]s? )?en',
    ),
  },
  {
    type: 'VISITED',
    strength: 0.85,
    pattern: w(
      // "during her visit to China" is a noun whose visitor the possessive names (visit-nouns.ts), not the nearest entity.
      `(?<!(?:her|his|their|its)\\s+)(?:${v([en('visit'), en('tour'), es('visitar', { omit: ['visita'] }), es('recorrer')])})|` +
        `${v([en('arrive')], ' in')}|` +
        `${v([en('travel', { past: ['travelled', 'traveled'], double: true })], ' to')}|flew to|` +
        // "Peace Ark docked at the Callao Naval Base": a ship's call is a visit.
        `${v([en('dock')], ' (?:at|in)')}|${v([es('atracar')], ' en')}|` +
        // "led a trade delegation to Beijing", "encabezó una delegación empresarial a Pekín".
        `${v([en('lead', { past: 'led' }), en('head')], ' an? (?:[\\p{Ll}-]+ )?delegation to')}|` +
        `${v([es('encabezar'), es('liderar'), es('presidir')], ' una delegación (?:[\\p{Ll}-]+ )?(?:a|al)')}`,
      '访问|参观|考察',
    ),
  },
  {
    type: 'VISITED',
    strength: 0.8,
    // "llegará a Lima", "viajó en marzo a Qingdao": a time may stand between the verb and "a"; a name follows.
    next: /^\s+\p{Lu}/u,
    pattern: w(v([es('llegar'), es('viajar'), es('arribar')], '(?: (?:el|este|esta|en|la|los|las|[\\p{Ll}\\d]+)){0,3}? al?')),
  },
  {
    type: 'SIGNED',
    strength: 0.85,
    pattern: w(
      v([en('sign'), en('ink'), es('firmar', { omit: ['firma'] }), es('suscribir', { participle: 'suscrito' })]),
      '签署|签订|签约',
    ),
  },
  {
    type: 'INVESTED_IN',
    strength: 0.8,
    pattern: w(
      `${v([en('invest')], '(?: in)?')}|investments? in|inversi[oó]n (?:de [^,;.]{1,30}? )?en|` +
        // "destinará US$ 300 millones al puerto": a sum put to a work.
        '(?:destin(?:ó|aron|ará|arán|a|an))(?=\\s+(?:US\\$|S\\/|\\$|[\\d.,]+\\s+(?:millones|mil))[^,;.]{0,40}?\\s(?:a|al|para)\\s)|' +
        `${v([es('invertir', { present: 'inviert', raised: 'invirt' }), en('finance', { omit: ['finance'] }), es('financiar')])}|` +
        // "will finance the mine": the base form after an auxiliary ("the finance minister" is no verb).
        '(?<=(?:will|would|could|may|might)\\s)finance|' +
        // A donor invests in whom it gives to: "donó equipos al Indeci".
        `${v([en('donate'), es('donar', { present: 'don' }), en('fund', { omit: ['fund', 'funds'] })])}`,
      '投资|注资',
    ),
  },
  {
    // A lender invests in whom it lends to: "lent $120m to the Ministry", "otorgó un préstamo de US$ 75 millones a Inca Data";
    // only with money in the sentence ("pieces lent by the museum" are no loan).
    type: 'INVESTED_IN',
    strength: 0.75,
    requires: /\$|US\$|S\/|\d\s*(?:m|bn)\b|million|billion|millones|mil millones/iu,
    pattern: w(
      `${v([en('lend', { past: 'lent' }), es('prestar')])}|` +
        // "granted Camposol a $120m loan", "otorgó a Inca Data un préstamo de": the borrower between the verb and the loan.
        '(?:granted|will grant|gave|extended|otorgó|otorgará|concedió|concederá)(?=\\s+(?:a\\s+|al\\s+)?[^,;.]{1,50}?\\s' +
        '(?:a|an|un|una)\\s[^,;.]{0,25}?(?:loans?|credit|préstamos?|créditos?)(?!\\p{L}))|' +
        '(?:granted|grants|will grant|extended|extends|will extend|provided|provides|will provide|otorgó|otorgará|otorga|concedió|' +
        'concederá)\\s(?:(?:a|an|un|una)\\s)?[^,;.]{0,30}?(?:loans?|credit|financing|préstamos?|créditos?|financiamiento)|' +
        // "will pour $500m into", "inyectará US$ 500 millones en".
        '(?:pour|pours|poured|will pour|inyectó|inyectará|inyecta|inyectaron)(?=\\s[^,;.]{0,30}?\\s(?:into|in|en|a|al)\\s)',
    ),
  },
  {
    // "has obtained a $600m loan from ICBC", "con un préstamo del Banco de Desarrollo de China": the borrower received it.
    type: 'RECEIVED_INVESTMENT',
    strength: 0.7,
    next: /^\s+(?:(?:the|el|la)\s+)?(?!US\$|S\/)\p{Lu}/u,
    pattern: w(
      '(?:loans?|credit(?: line)?|credit facility|financing|préstamos?|créditos?|línea de crédito|financiamiento|' +
        // "borrowed $300m from".
        'borrowed|borrows|will borrow)' +
        // "a loan of US$ 75 million from": only an amount between ("una tarjeta de crédito … en alianza con" is no loan).
        '(?:\\s(?=[^,;.]{0,30}?\\d)[^,;.]{0,30}?)?\\s(?:from|de|del|con)',
    ),
  },
  { type: 'INVESTED_IN', strength: 0.7, noun: true, modifier: true, pattern: w('(?:largest |biggest |main |top )?investors?') },
  {
    type: 'RECEIVED_INVESTMENT',
    strength: 0.6,
    requires: /invest|fund|financ|loan|capital|donat|inversi|donaci|投资/iu,
    pattern: w(v([en('receive'), en('attract'), es('recibir'), es('atraer', { strong: 'atraj', raised: 'atra' })]), '获得|吸引'),
  },
  {
    type: 'GRANTED_EXCLUSIVITY_TO',
    strength: 0.75,
    requires: /exclusiv|concession|monopol|sole right|concesi[oó]n|独家|专营/iu,
    pattern: w(
      v([en('grant'), en('award'), en('give', { past: 'gave', participle: 'given' }), es('otorgar'), es('conceder')]),
      '授予|给予',
    ),
  },
  {
    type: 'TRAINS',
    strength: 0.75,
    // "formar a jóvenes": forming people is training them.
    pattern: w(`${v([en('train'), es('capacitar')])}|${v([es('formar')], '(?=\\s+al?\\s)', 'none')}|forma(?:rá|ó)`, '培训|培养'),
  },
  {
    type: 'PARTNERS_WITH',
    strength: 0.7,
    symmetric: true,
    pattern: w(
      `${v([en('partner')], ' with')}|${v([en('team')], ' up with')}|${v([es('asociarse')], ' con')}|partnership with|alliance with|` +
        // "closed a $12m contract with", "cerró en la feria un contrato de US$ 12 millones con": a party's verb, then the contract.
        '(?:signed|won|closed|cerró|firmó|suscribió|obtuvo|ganó)\\s[^,;.]{0,40}?(?:contract|contrato)' +
        '(?:\\s[^,;.]{0,40}?)?\\s(?:with|con)|(?:will|to|would) supply|' +
        // "en sociedad con", "in a joint venture with"; a supplier and its client; whom a body hires.
        'en sociedad con|en alianza con|en asociación con|en consorcio con|in a joint venture with|joint venture with|' +
        `${v([en('supply', { omit: ['supply'] }), es('suministrar'), es('proveer'), en('hire')])}|` +
        `${v([es('contratar', { tenses: ['preterite', 'future'] })])}|` +
        // "won a contract from Entel", "ganó un contrato de Entel".
        '(?:won|ganó|obtuvo)\\s[^,;.]{0,40}?(?:contract|contrato)\\s(?:from|de)(?=\\s+(?:the\\s+|la\\s+|el\\s+)?\\p{Lu})|' +
        // "awarded Goldwind a $200m contract", "adjudicó a Goldwind un contrato".
        `(?:${v([en('award'), es('adjudicar', { tenses: ['preterite', 'future'] })])})(?: a)?` +
        '(?=\\s+(?:\\S+\\s+){1,4}?(?:an?|the|un|el)\\s+(?:\\S+\\s+){0,4}?(?:contracts?|contratos?)(?!\\p{L}))|' +
        // "chose ZTE as its supplier", "eligió a ZTE como proveedor".
        `(?:${v([
          en('choose', { past: 'chose', participle: 'chosen' }),
          en('select'),
          es('elegir', { present: 'elig', raised: 'elig' }),
          es('seleccionar'),
          es('escoger'),
        ])})(?: a)?` +
        '(?=\\s+(?:\\S+\\s+){1,4}?(?:as|como)\\s+(?:its\\s+|su\\s+)?(?:\\p{Ll}+\\s+)?' +
        '(?:supplier|provider|contractor|partner|proveedor|proveedora|contratista|socio|socia)(?!\\p{L}))|' +
        // "bought 120 buses from Yutong", "compró 120 buses eléctricos a Yutong": a number of goods bought from their maker.
        '(?:bought|buys|will buy|purchased|ordered|compró|comprará|compra|encargó|encargará)' +
        '\\s+(?!(?:\\S+\\s+){0,5}?(?:%|stake|shares|participación|acciones|control)(?!\\p{L}))' +
        '\\d(?:[\\p{Ll}\\d.,]*\\s+){1,6}?(?:from|a|al)(?=\\s+\\p{Lu})',
    ),
  },
  {
    // "became a client of COFCO", "se convirtió en cliente de COFCO".
    type: 'PARTNERS_WITH',
    strength: 0.65,
    symmetric: true,
    pattern: w('(?:a |an |the |largest |biggest |main |key )*(?:client|customer|cliente)s? (?:of|de)'),
  },
  {
    // "la PUCP y la Universidad de Sichuan gestionan juntas el Instituto Confucio": coordinated subjects acting together.
    type: 'PARTNERS_WITH',
    strength: 0.65,
    symmetric: true,
    together: true,
    pattern: w(
      'jointly|juntos|juntas|conjuntamente|together|' +
        // "Petroperú and CNPC formed a joint venture", "crearon una empresa conjunta".
        '(?:formed|set up|created|established|crearon|formaron|constituyeron)\\s+(?:a|an|una|un)\\s+' +
        '(?:joint venture|empresa conjunta|empresa mixta|consorcio)',
    ),
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
    pattern: w(
      `${v([en('cooperate'), en('collaborate')], '(?: with)?')}|(?:cooperation|collaboration)(?: with)?|` +
        `${v([es('cooperar'), es('colaborar')], ' con')}|cooperación con|` +
        // "Huawei y la UNI colaborarán en …", "acordaron cooperar": coordinated subjects (trigger-relations.ts pairs them).
        `${v([es('cooperar'), es('colaborar')])}|` +
        // "the Mincetur will work with Sunat", "trabajará con la Sunat", "en coordinación con la Sunat".
        `${v([en('work')], ' (?:with|alongside)')}|${v([es('trabajar')], ' (?:junto )?con')}|` +
        'en coordinación con|in coordination with',
      '合作',
    ),
  },
  {
    type: 'DISCUSSED',
    strength: 0.7,
    symmetric: true,
    pattern: w(
      `${v([en('discuss'), es('conversar'), es('dialogar')])}|${v([en('hold', past('held'))], ' talks')}|talks with|conversations? with`,
      '讨论|会谈|会晤|商讨',
    ),
  },
  {
    type: 'OPERATES',
    strength: 0.8,
    pattern: w(
      `${v([en('operate'), es('operar'), es('administrar')], '(?: por)?', 'bare')}|runs|run by|` +
        // "It has run the Marcona mine ever since", "ran the port until 2020".
        '(?<=(?:has|have|had)\\s+(?:also\\s+)?)run(?!\\s+by\\s)|ran|' +
        // "has been run since 2009 by TPE": a late agent (trigger-relations.ts).
        '(?<=(?:is|are|was|were|been)\\s+)run(?=\\s+(?:[\\p{L}\\d]+\\s+){1,3}?by\\s)|' +
        // "La operación del puerto está a cargo de X" (its agent after it, trigger-relations.ts); "tiene a su cargo la operación del".
        '(?<=(?:operación|administración|gestión)\\s[^,;.]{0,60})(?:estará|estarán|está|están|estuvo|quedó) a cargo del?|' +
        '(?:tiene|tendrá|tuvo) a su cargo la (?:operación|administración|gestión) del?|' +
        // "holds the concession for X", "se adjudicó la concesión del parque X", "will run the farm for 30 years".
        '(?:holds?|held|won|wins|was awarded|has) (?:the )?(?:\\d+-year )?concession (?:for|of|to (?:run|operate))(?: the)?|' +
        '(?:tiene|tendrá|obtuvo|ganó|se adjudicó|se adjudicaron) la concesión del?|(?:will|to|would) run',
      '运营|经营',
    ),
  },
  {
    type: 'OPERATES',
    strength: 0.75,
    modifier: true,
    // "Callao Bulk Terminal, the operator of the North Bulk Pier", "GyM Ferrovías, concesionaria de la Línea 1".
    pattern: w('operator of|operadora del?|operador del?|concesionari[oa] del?|concessionaire (?:of|for)'),
  },
  {
    type: 'OWNS',
    strength: 0.8,
    pattern: w(
      // "a wholly owned subsidiary of X" is X's part (PART_OF), not an owner of X.
      `(?:${v([en('own'), es('poseer'), es('controlar'), en('control', { double: true, omit: ['control', 'controlling'] })])})` +
        '(?!\\s+(?:subsidiary|subsidiaries|unit|affiliate|arm)(?!\\p{L}))|holds|' +
        // "has a 51% interest in", "tiene una participación del 40% en".
        `${v([en('hold', { past: 'held', omit: ['holding'] })], STAKE)}|` +
        '(?:has|have|had)(?=\\s+(?:a|an)\\s+(?:[\\d.,]+\\s*(?:%|percent|per cent)\\s+)?(?:[\\p{L}-]+\\s+)?' +
        '(?:stake|share|interest)\\s+in\\s)|' +
        '(?:tiene|tienen|tenía|tenían|posee|poseen|mantiene|mantienen)\\s+(?:una\\s+)?participación' +
        '(?:\\s+(?:mayoritaria|minoritaria|del?\\s+[\\d.,]+\\s?%))*\\s+en|' +
        'owner of|stake in|shareholder (?:of|in)|propietari[oa] de|due[ñn][oa]s? del?|' +
        '(?:principal )?accionista (?:único |mayoritario |principal )?del?|' +
        // "is majority-owned by X" (a passive, trigger-relations.ts); "the COSCO Shipping-owned port" (owner before, owned after).
        // "is majority-owned by X": a passive (trigger-relations.ts).
        '(?:majority|minority|partly|partially|wholly|fully|jointly)[- ]owned(?= by)|' +
        // "El Jockey, propiedad del Grupo Interbank", "Shougang, propiedad desde 1992 del grupo X": an apposition's owner.
        `(?<=,\\s*)propiedad(?: desde \\d{4})?(?: en un [\\d.,]+\\s?%)? (?:de|del)|` +
        // "es propiedad en un 70% de la eléctrica Huadian": a passive whose agent follows "de" (trigger-relations.ts).
        `(?:es|son|era|fue) propiedad(?: en un [\\d.,]+\\s?%)? (?:de|del)|` +
        // "Copeinca has belonged since 2013 to X", "pertenece desde 2006 al grupo X": owned by what follows (trigger-relations.ts).
        `(?:belongs?|belonged|belonging)(?: since \\d{4})? to|pertenec(?:e|en|ía|ían|ió|ieron)(?: desde \\d{4})? al?|` +
        // "Sinohydro, que tiene el 51%": a share held.
        `(?:tiene|tienen|tenía|tenían|tendrá|tendrán|tuvo|mantiene|conserva|conservará)(?=\\s+(?:el|un)\\s+[\\d.,]+\\s?%)`,
      '拥有|持有|控股',
    ),
  },
  {
    // "Li Ming, who works for Zijin Mining", "trabaja para la minera": whom one works for.
    type: 'AFFILIATED_WITH',
    strength: 0.65,
    pattern: w('(?:works|worked|working|work) for|(?:trabaja|trabajan|trabajó|trabajaba|trabajaban) para'),
  },
  {
    type: 'ACQUIRED',
    strength: 0.8,
    pattern: w(
      `${v([
        en('buy', past('bought')),
        en('acquire'),
        en('purchase', { omit: ['purchase', 'purchases'] }),
        es('comprar'),
        es('adquirir', { present: 'adquier' }),
      ])}|${v([en('take', { past: 'took', participle: 'taken' })], ' over')}|` +
        'acquisition of|purchase of|takeover of|compra de|adquisición de|' +
        // "took control of X", "tomó el control de X", "se adjudicó el 40% de X".
        '(?:took|takes|will take) (?:full |majority )?control of|tom(?:ó|aron|ará|arán) el control del?|' +
        '(?:se )?adjudic(?:ó|aron|ará) el [\\d.,]+\\s?% del?|' +
        // "took a 60% stake in X", "se hizo con el 60% de X", "X pasó a manos de Y" (its buyer after it, trigger-relations.ts).
        '(?:took|takes|will take|has taken|have taken) an? (?:[\\d.,]+\\s?(?:%|percent|per cent) |controlling |majority )?' +
        '(?:stake|share|interest) in|' +
        '(?:se )?hi(?:zo|cieron) con (?:el )?(?:[\\d.,]+\\s?%|control) del?|(?:pasó|pasaron|pasará) a manos del?',
      '收购|买下|购得',
    ),
  },
  {
    type: 'SOLD',
    strength: 0.75,
    pattern: w(
      `${v([en('sell', past('sold')), es('vender')])}|divested|` +
        // "cedió su participación en X a Y", "transfirió el 40% de X".
        '(?:cedió|cedieron|transfirió|transfirieron) (?:su|sus|el|la) (?:participación|acciones|[\\d.,]+\\s?%) (?:en|de|del)',
      '出售|卖给',
    ),
  },
  {
    type: 'MET',
    strength: 0.75,
    symmetric: true,
    pattern: w(
      `${v([en('meet', { past: 'met', omit: ['meeting'] }), es('reunirse', { present: 'reún' })], '(?: with| con)?')}|meeting with|` +
        `${v([en('hold', past('held'))], ' talks(?: (?:on|last|this) \\p{Lu}\\p{Ll}+)? with')}|` +
        `${v(
          [
            es('sostener', { present: 'sostien', strong: 'sostuv', future: 'sostendr' }),
            es('mantener', { present: 'mantien', strong: 'mantuv', future: 'mantendr' }),
          ],
          ' (?:una reunión|un encuentro)(?: con)?',
        )}|` +
        // "the meeting between A and B", "la reunión entre A y B".
        'meeting between|(?:reunión|encuentro) entre',
      '会见|会晤|见面',
    ),
  },
  {
    // "welcomed the purchase", "saludó el acuerdo", "celebró la noticia": an opinion of news is a statement about it.
    type: 'STATED',
    strength: 0.55,
    pattern: w(
      `(?:${v([en('welcome', { omit: ['welcome'] }), en('applaud'), en('hail'), es('saludar'), es('celebrar'), es('aplaudir')])})` +
        `(?=\\s+(?:the|this|that|its|el|la|los|las|su|sus)\\s+(?:\\p{Ll}+\\s+)?${OPINION_OF})`,
    ),
  },
  {
    type: 'HOSTED',
    strength: 0.75,
    pattern: w(
      // "welcomed the purchase", "acogió la propuesta": an opinion of a thing, not a guest.
      `(?:${v([en('host', { omit: ['host'] }), en('welcome', { omit: ['welcome'] }), es('acoger')])}|acoj(?:a|e|erá))` +
        `(?!\\s+(?:the|this|that|its|el|la|los|las|su|sus)\\s+(?:\\p{Ll}+\\s+)?${OPINION_OF})|` +
        'fue anfitri[oó]n de|dio la bienvenida a|(?:fue|ser[aá]|es) (?:la )?sede de|(?:will|to|would) host|' +
        // "ofreció una cena a Xi", "gave a state banquet for Xi".
        '(?:offered|gave|held|ofreció|brindó) (?:a |an |una |un )?(?:state |official |oficial )?' +
        '(?:dinner|banquet|lunch|reception|cena|banquete|almuerzo|recepción)(?: oficial)? (?:for|in honou?r of|a|en honor (?:de|a))|' +
        // An event's organiser hosts it.
        `${v([en('organize'), en('organise'), es('organizar')])}`,
      '接待|接见|欢迎',
    ),
  },
  {
    type: 'PRESIDED_OVER',
    strength: 0.8,
    pattern: w(
      `${v([en('preside')], ' over')}|presided|co-chair(?:ed|s)?|copresidi(?:ó|eron|rá|rán)|` +
        `${v([en('chair', { omit: ['chair'] }), es('presidir', { tenses: ACT }), es('encabezar', { tenses: ACT })])}`,
      '主持',
    ),
  },
  {
    type: 'HOSTED',
    strength: 0.7,
    excludes: /invest|fund|financ|loan|capital|donat|inversi|donaci|award|prize|premio|投资/iu,
    // "recibirá una donación": but for a past reception, whom Spanish receives takes "a".
    pattern: w(
      `${v([en('receive', { omit: ['receive'] }), es('recibir', { tenses: ['preterite'] })], '(?: a)?')}|` +
        `${v([es('recibir', { tenses: [...OFFICE, ...ACT.slice(1)] })], ' a', 'none')}`,
      '会见',
    ),
  },
  {
    type: 'STATED',
    strength: 0.6,
    pattern: w(
      `${v([
        en('say', past('said')),
        en('tell', past('told')),
        en('state', { omit: ['state', 'states', 'stating'] }),
        ...[
          'announce',
          'confirm',
          'warn',
          'explain',
          'add',
          'describe',
          'argue',
          'insist',
          'deny',
          'reiterate',
          'emphasise',
          'emphasize',
          'underline',
          'acknowledge',
          'admit',
          'reveal',
          'disclose',
          'predict',
          'urge',
          'criticise',
          'criticize',
          'reject',
          'complain',
          'recall',
          'indicate',
          'suggest',
          'assert',
          'declare',
          'concede',
          'caution',
          'allege',
          'accuse',
          'praise',
          'maintain',
          'contend',
          'mention',
          'specify',
          'assure',
          'highlight',
          'point',
          // "asked the ministry to publish", "urged Peru to weigh": a request is a statement to whom it is made.
          'ask',
        ].map((x) => en(x, x === 'point' ? { omit: ['point', 'points', 'pointing'] } : {})),
        en('write', { past: 'wrote', participle: 'written', omit: ['write', 'writing'] }),
        en('defend'),
        en('back', { omit: ['back', 'backs'] }),
        en('press', { omit: ['press', 'presses'] }),
        // Their base and -s forms are nouns: "a note", "claims by".
        ...[
          'note',
          'stress',
          'claim',
          'report',
          'comment',
          'remark',
          'reply',
          'respond',
          'observe',
          'estimate',
          'promise',
          'pledge',
          'vow',
          'blame',
        ].map((x) => en(x, { omit: [x, `${x}s`, `${x}es`] })),
        en('consider', { omit: ['consider', 'considered'] }),
        ...[
          es('decir', { present: 'dic', strong: 'dij', raised: 'dic', future: 'dir', participle: 'dicho', tenses: FINITE }),
          ...[
            'afirmar',
            'señalar',
            'asegurar',
            'anunciar',
            'informar',
            'confirmar',
            'explicar',
            'indicar',
            'declarar',
            'destacar',
            'agregar',
            'subrayar',
            'remarcar',
            'resaltar',
            'enfatizar',
            'rechazar',
            'denunciar',
            'criticar',
            'cuestionar',
            'reiterar',
            'revelar',
            'expresar',
            'comentar',
            'opinar',
            'considerar',
            'argumentar',
            'insistir',
            'responder',
            'replicar',
            'apuntar',
            'puntualizar',
            'aclarar',
            'detallar',
            'adelantar',
            'comunicar',
            'alertar',
            'lamentar',
            'admitir',
            'calcular',
            'manifestar',
            'mencionar',
            'añadir',
            'prometer',
            'acusar',
            'elogiar',
            'calificar',
            'responsabilizar',
            'culpar',
          ].map((x) => es(x, { tenses: FINITE, present: x === 'manifestar' ? 'manifiest' : undefined })),
          es('reconocer', { present: 'reconoc', tenses: FINITE }),
          es('negar', { present: 'nieg', tenses: FINITE }),
          es('recordar', { present: 'recuerd', tenses: FINITE }),
          es('defender', { present: 'defiend', tenses: FINITE }),
          es('respaldar', { tenses: FINITE }),
          es('precisar', { omit: ['precisa'], tenses: FINITE }),
          es('advertir', { present: 'adviert', raised: 'advirt', tenses: FINITE }),
          es('pedir', { present: 'pid', raised: 'pid', tenses: ['preterite'] }),
          es('instar', { tenses: FINITE }),
          es('exhortar', { tenses: FINITE }),
          es('sostener', { present: 'sostien', strong: 'sostuv', future: 'sostendr', tenses: FINITE }),
        ],
      ])}|called|presenta|calcula|estima`,
      '表示|称',
    ),
  },
  {
    type: 'NEGOTIATED',
    strength: 0.75,
    pattern: w(
      `${v([en('negotiate'), es('negociar')])}|negotiations? (?:on|for|over|of)|negociaci[oó]n(?:es)? (?:del?|sobre|para)`,
      '谈判|磋商',
    ),
  },
  {
    type: 'ADOPTED',
    strength: 0.75,
    pattern: w(v([en('adopt'), en('approve'), es('adoptar'), es('aprobar', { present: 'aprueb' })]), '通过|批准'),
  },
  {
    type: 'BUILT',
    strength: 0.75,
    pattern: w(
      `${v(
        [
          en('build', { past: 'built', omit: ['build', 'building'] }),
          en('construct'),
          en('assemble'),
          en('erect'),
          ...['construir', 'edificar', 'ensamblar'].map((x) => es(x, { tenses: DONE })),
        ],
        '',
        'bare',
      )}|(?:is|are|was|were|been)(?:\\s+(?:also|now|currently|already|still))? building|` +
        // "has finished building X", "started building X in 2013": the work done or under way.
        '(?:finished|finishes|completed|completes|started|starts|began|begun|begins) building|' +
        // "concluyó la construcción de X", "completed construction of X", "is widening the road" ("will build" plans it).
        '(?:conclu|culmin|termin|inici|comenz)(?:ó|aron|yó|yeron|ará|arán|irá|irán) (?:la|las) (?:construcción|obras) del?|' +
        '(?:completed|finished|began|started|will begin|will start) (?:the )?(?:construction|works) (?:of|on)|' +
        '(?:is|are|was|were|been) (?:also |now )?(?:widening|paving|upgrading|expanding)|modernizad[oa] por|edificó|' +
        // "La obra estará a cargo de la constructora X", "The works will be carried out by X": the builder after it.
        // "La operación del puerto está a cargo de X" is OPERATES (below).
        '(?:está|estuvo|estará) a cargo de la construcción del?|(?:se adjudicó|se adjudicaron|ganó|obtuvo) la construcción del?|' +
        '(?<!(?:operación|administración|gestión)\\s[^,;.]{0,60})(?:estará|estarán|está|están|estuvo|quedó) a cargo del?|' +
        '(?:will be|was|were|is|are) carried out by|ejecut(?:ó|aron|ará|arán) las obras del?|' +
        // "completed the Sol de Moquegua farm", "culminó el parque": only a facility is completed so (relation-ends.ts).
        '(?:completed|finished|culminó|culminaron|concluyó|concluyeron|terminó|terminaron)' +
        '(?= (?:the|el|la) (?:[\\p{Ll}\\d-]+ ){0,3}\\p{Lu})|' +
        // "is the contractor for X", "es la contratista del parque X", "a cargo de la construcción de X".
        '(?:(?:is|was|are|were|as) (?:the )?(?:main )?(?:contractor|builder) (?:for|of|on)|' +
        '(?:es|fue|será) (?:la|el) (?:contratista|constructora) del?|is in charge of building)',
      '建设|建造|修建',
    ),
  },
  {
    type: 'REGULATES',
    strength: 0.75,
    pattern: w(
      `${v([
        en('regulate'),
        en('oversee', { past: 'oversaw', participle: 'overseen' }),
        en('supervise'),
        es('regular', { omit: ['regular'] }),
        es('supervisar'),
        es('fiscalizar'),
        // "la SBS autorizó a DiDi Pay a operar", "the regulator licensed X": a permit is a regulator's act.
        en('authorize'),
        en('authorise'),
        en('license', { omit: ['license', 'licenses'] }),
        // A fine is a regulator's act: "Osinergmin fined Pluz", "la OEFA multó a Chinalco".
        en('fine', { omit: ['fine', 'fines', 'fining'] }),
        es('multar', { tenses: ['preterite', 'present', 'future'] }),
        es('sancionar', { tenses: ['preterite', 'present', 'future'] }),
        es('autorizar', { tenses: ['preterite', 'present', 'future'] }),
        en('audit'),
        en('investigate', { omit: ['investigate'] }),
        es('investigar', { tenses: ['preterite', 'present', 'future'] }),
      ])}|regulator of|` +
        // "opened a sanctioning procedure against Pluz", "abrió un procedimiento sancionador contra Pluz".
        '(?:sanctioning|disciplinary) (?:procedure|proceedings?|process) against|' +
        '(?:procedimiento|proceso) (?:administrativo )?sancionador (?:contra|a)|' +
        // "granted Huawei a licence to operate", "otorgó a Jinzhao Perú la habilitación para construir".
        `(?:${v([en('grant'), en('issue'), es('otorgar'), es('conceder')])})(?=\\s+(?:\\S+\\s+){1,6}?` +
        '(?:a|an|the|its|la|una|el|un|su)\\s+(?:\\S+\\s+)?' +
        '(?:licen[cs]es?|permits?|licencias?|habilitación|autorización|permisos?)(?!\\p{L}))|' +
        // "sets the tariffs that Pluz may charge", "fija las tarifas de Luz del Sur".
        `(?:${v([en('set', { past: 'set', participle: 'set' }), es('fijar')])}) (?:the |las |los )?(?:tariffs|fees|rates|tarifas|peajes)`,
      '监管',
    ),
  },
  {
    type: 'LEADS',
    strength: 0.7,
    modifier: true,
    pattern: w(
      `${v([
        en('lead', { past: 'led', omit: ['lead', 'leading'] }),
        en('head', { omit: ['head', 'heading'] }),
        en('command', { omit: ['command'] }),
      ])}|` +
        'president of|chairman of|chairwoman of|chair of|ceo of|head of|leader of|chief executive(?: officer)? of|' +
        // "asumió la presidencia de X", "asumirá la gerencia general de X".
        'asumi(?:ó|rá) (?:la presidencia|la gerencia(?: general)?|la dirección|la jefatura|el liderazgo) del?|' +
        'managing director of|executive director of|rector of|dean of|secretary-general of|' +
        `${v([en('manage')], '', 'none')}|` +
        '(?:general )?manager of|director of|presid(?:ente|enta) de|rector(?:a)? de|gerente general de|' +
        'titular de(?:l)?|director(?:a)? de|jef(?:e|a) de|secretari[oa] general de|' +
        `${v([es('presidir', { tenses: OFFICE }), es('encabezar', { tenses: OFFICE })], '', 'none')}|` +
        // "se dirigió a Pekín" is a journey, not a lead.
        `(?<!(?<!\\p{L})se )${v([es('dirigir')], '', 'none')}|dirigid[oa]s? por|` +
        // "the association, chaired by X", "una delegación de Inspur encabezada por su vicepresidente": a body's head.
        '(?:chaired|headed) by|(?:liderad|encabezad)[oa]s? por',
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
    pattern: w(
      'located in|situated in|lies in|sits in|ubicad[oa] en|situad[oa] en|' +
        // "stands on the outskirts of Huamanga", "presente en el Perú desde 2014", "se encuentra en Puno".
        'stands (?:on|in|near|at)|sits on|lies on|present in|presente en|se (?:encuentra|ubica|halla) en|queda en',
      '位于',
    ),
  },
  {
    type: 'ATTENDED',
    strength: 0.75,
    pattern: w(
      // "el foro, al que asistieron …": the "a" stands before the relative pronoun.
      `${v([en('attend')])}|${v([es('asistir')], ' a')}|(?<=(?:al|a la|a los|a las)\\s+(?:que|cual)\\s+)${v([es('asistir')])}|` +
        `${v([en('take', { past: 'took', participle: 'taken', omit: ['take', 'takes', 'taking'] })], ' part in')}|participated in|` +
        // "spoke at the summit", "addressed the forum", "intervino en la cumbre", "estuvo presente en": only an event (relation-ends.ts).
        '(?:spoke|speaks|will speak) at|addressed|(?:was|were) present at|interv(?:ino|inieron|endrá) en|' +
        '(?:estuvo|estuvieron) presentes? en|' +
        // "participó en la Expo": an event taken part in is attended (a programme joined is PARTICIPATES_IN: relation-ends.ts).
        'particip(?:ó|aron|ará|arán) en|' +
        // Whoever opens an event attends it ("inauguró la feria"; a body that opens one hosts it: propose-relationships.ts).
        `${v([en('inaugurate'), es('inaugurar')])}|` +
        // "met X on the sidelines of the G20 summit", "al margen de la cumbre": there, so at the event; so "during" one.
        'on the sidelines of|on the margins of|al margen de|en los márgenes de|during|durante',
      '出席|参加',
    ),
  },
  {
    type: 'PARTICIPATES_IN',
    strength: 0.7,
    pattern: w(
      `${v([en('join')])}|${v([en('take', { omit: ['took'] })], ' part in')}|` +
        `${v([en('participate', { omit: ['participated'] })], ' in')}|member of|` +
        `${v([es('unirse'), es('adherir', { present: 'adhier', raised: 'adhir' })], ' a')}|adhiri(?:ó|eron)|` +
        `${v([es('formar')], ' parte de', 'none')}|` +
        // "se sumó a la Franja y la Ruta".
        'se sum(?:ó|aron|ará|arán|a|an) a|' +
        // "la Franja y la Ruta, de la que el Perú forma parte": the "de" before the relative pronoun.
        `(?<=(?:del|de la|de los|de las)\\s+(?:que|cual)\\s[^,;]{0,40})${v([es('formar')], ' parte', 'none')}`,
      '加入|参与',
    ),
  },
  {
    type: 'PARTY_TO',
    strength: 0.7,
    pattern: w(`party to|parties to|(?:es|son|sea|sean) partes? (?:del|de la)|${v([en('ratify'), es('ratificar')])}`, '批准'),
  },
  {
    type: 'PLANS',
    strength: 0.6,
    pattern: w(
      `plans? (?:to build|for)|planned|will build|${v([en('propose'), es('planear'), es('planificar')])}|` +
        // "offered to build the port", "wants to develop the deposit", "propuso construir una fundición", "plans to lengthen the pier".
        `(?:plans?|offered|offers|wants|wanted|intends|proposed|propuso|ofreció|planea|proyecta|quiere|busca) ` +
        '(?:(?:in|on|last|this) \\p{L}+ )?(?:to )?' +
        '(?:build|develop|expand|lengthen|extend|open|construct|construir|desarrollar|ampliar|levantar|abrir|edificar)',
      '计划|规划',
    ),
  },
  {
    type: 'SEEKS_COOPERATION_WITH',
    strength: 0.6,
    pattern: w(
      `${v([en('seek', past('sought')), en('court', { omit: ['court'] }), es('buscar')])}|invit(?:es|ed) .{0,20}?to invest`,
      '寻求',
    ),
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
      `${v([en('belong')], ' to')}|subsidiary of|unit of|division of|arm of|attached to|reports to|answers to|` +
        // "la filial peruana del grupo Viettel", "el brazo logístico del grupo Alibaba", "depende del Consejo de Estado".
        '(?:filial(?:es)?|subsidiaria|brazo|unidad)(?: \\p{Ll}+)? del?|adscrit[oa]s? al?|depende(?:n|rá)? del?|' +
        // "Ransa, empresa del Grupo Romero": the hit stops before a group's name.
        '(?:a|an) (?:body|agency|organ) of|empresa del(?= grupo\\s)|(?:a )?company of the(?= group\\s)',
      '隶属|旗下',
    ),
  },
  {
    type: 'PART_OF',
    strength: 0.7,
    modifier: true,
    // What it is part of is named: "part of the Minmetals group" is, "part of the output to X" is not.
    next: /^\s+(?:(?:the|el|la|los|las)\s+)?(?:(?!(?:to|for|of|in|with|a|al|de|del|en|para|con)\s)[\p{Ll}-]+\s+){0,2}\p{Lu}/u,
    pattern: w('part of|parte del?'),
  },
];
