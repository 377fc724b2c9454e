/**
 * A synthetic China–Peru graph, shaped like the domain and generated deterministically from a seed:
 * countries, governments and ministries, officials, companies, ports and other infrastructure,
 * places, programmes and agreements; heavy-tailed degrees (a few countries and big companies take
 * most links); every relationship dated and supported by 1–3 quotes from distinct articles.
 */
import type { ArticleRecord, Bundle, EntityRecord, RelationshipRecord } from '../src/article-file/format.js';
import type { EntityType, RelationType, Status } from '../src/domain/vocabulary.js';
import { prng } from './generate-articles.js';

/** What the generator knows about an entity, for choosing workloads. */
export interface SyntheticEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
}

/** A generated graph: entities and articles up front, relationships in bounded chunks. */
export interface SyntheticGraph {
  readonly entities: readonly SyntheticEntity[];
  readonly articleCount: number;
  /** Relationships per entity (both directions), filled as `relationshipChunks` runs. */
  readonly degree: Int32Array;
  /** Bundles of entities only, `size` per bundle. */
  entityChunks(size: number): Generator<Bundle>;
  /** Bundles of articles only, `size` per bundle. */
  articleChunks(size: number): Generator<Bundle>;
  /** Bundles of `size` relationships (the last may hold fewer), each with its evidence. */
  relationshipChunks(size: number): Generator<Bundle>;
}

// Han characters and syllables pair up so that a company's Chinese alias reads like its name.
const SYLLABLES = [
  'hua',
  'long',
  'zhong',
  'tai',
  'an',
  'de',
  'xin',
  'li',
  'guo',
  'shan',
  'hai',
  'jin',
  'feng',
  'ming',
  'kang',
  'yuan',
  'tong',
  'da',
  'hong',
  'bao',
  'ca',
  'ma',
  'qui',
  'pa',
  'lo',
  'sa',
  'ri',
  'to',
  'na',
  'cu',
];
const HAN = [
  '华',
  '龙',
  '中',
  '泰',
  '安',
  '德',
  '新',
  '利',
  '国',
  '山',
  '海',
  '金',
  '丰',
  '明',
  '康',
  '远',
  '通',
  '达',
  '宏',
  '宝',
  '卡',
  '马',
  '基',
  '帕',
  '洛',
  '萨',
  '里',
  '托',
  '纳',
  '库',
];
const COUNTRIES: readonly [string, string, string][] = [
  ['China', 'República Popular China', '中国'],
  ['Peru', 'Perú', '秘鲁'],
  ['United States', 'Estados Unidos', '美国'],
  ['Chile', 'Chile', '智利'],
  ['Brazil', 'Brasil', '巴西'],
  ['Bolivia', 'Bolivia', '玻利维亚'],
  ['Ecuador', 'Ecuador', '厄瓜多尔'],
  ['Colombia', 'Colombia', '哥伦比亚'],
  ['Argentina', 'Argentina', '阿根廷'],
  ['Mexico', 'México', '墨西哥'],
  ['Japan', 'Japón', '日本'],
  ['South Korea', 'Corea del Sur', '韩国'],
  ['Spain', 'España', '西班牙'],
  ['Canada', 'Canadá', '加拿大'],
  ['Australia', 'Australia', '澳大利亚'],
  ['Germany', 'Alemania', '德国'],
  ['India', 'India', '印度'],
  ['Panama', 'Panamá', '巴拿马'],
  ['Paraguay', 'Paraguay', '巴拉圭'],
  ['Uruguay', 'Uruguay', '乌拉圭'],
  ['Venezuela', 'Venezuela', '委内瑞拉'],
  ['Singapore', 'Singapur', '新加坡'],
  ['Vietnam', 'Vietnam', '越南'],
  ['Russia', 'Rusia', '俄罗斯'],
];
const MINISTRIES = [
  'Foreign Affairs',
  'Economy and Finance',
  'Energy and Mines',
  'Transport and Communications',
  'Production',
  'Foreign Trade and Tourism',
  'Agriculture',
  'Environment',
  'Defence',
  'Education',
  'Health',
  'Housing',
  'Commerce',
  'Science and Technology',
  'Culture',
  'Interior',
  'Labour',
  'Justice',
  'Development',
  'Water Resources',
];
const COMPANY_SUFFIX: readonly [string, string][] = [
  ['Mining', 'Minera'],
  ['Shipping', 'Naviera'],
  ['Holdings', 'Inversiones'],
  ['Construction', 'Constructora'],
  ['Power', 'Energía'],
  ['Telecom', 'Telecomunicaciones'],
  ['Logistics', 'Logística'],
  ['Bank', 'Banco'],
  ['Railway Group', 'Ferrocarriles'],
  ['Fisheries', 'Pesquera'],
  ['Metals', 'Metales'],
  ['Engineering', 'Ingeniería'],
];
const INFRA_KIND: readonly [string, string][] = [
  ['Port', 'Puerto'],
  ['Mine', 'Mina'],
  ['Railway', 'Ferrocarril'],
  ['Hydropower Plant', 'Central Hidroeléctrica'],
  ['Highway', 'Carretera'],
  ['Industrial Park', 'Parque Industrial'],
];
const GIVEN = [
  'Carlos',
  'María',
  'José',
  'Ana',
  'Luis',
  'Rosa',
  'Jorge',
  'Carmen',
  'Pedro',
  'Lucía',
  'Miguel',
  'Elena',
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Huang',
  'Zhao',
  'Diego',
  'Sofía',
  'Javier',
  'Teresa',
];
const SURNAME = [
  'Quispe',
  'Mamani',
  'Flores',
  'Rojas',
  'García',
  'Torres',
  'Vargas',
  'Castillo',
  'Mendoza',
  'Huamán',
  'Wei',
  'Fang',
  'Jun',
  'Min',
  'Hao',
  'Lei',
  'Ping',
  'Tao',
  'Chávez',
  'Ramos',
  'Salazar',
  'Paredes',
  'Cárdenas',
  'Aguilar',
];
const OUTLETS = [
  'Andina',
  'Xinhua',
  'El Comercio',
  'La República',
  'Reuters',
  'South China Morning Post',
  'Gestión',
  'Caixin',
  'Bloomberg Línea',
  'RPP',
  'China Daily',
  'Infobae',
  'Ojo Público',
  'Global Times',
  'El Peruano',
  'AP',
  'Dialogue Earth',
  'Americas Quarterly',
];
const TOPICS = [
  'port logistics',
  'copper exports',
  'telecom networks',
  'fisheries',
  'renewable energy',
  'rail freight',
  'customs',
  'investment protection',
  'education',
  'health',
];
const STATUSES: readonly [Status, number][] = [
  ['REPORTED', 0.7],
  ['CONFIRMED', 0.9],
  ['PLANNED', 0.96],
  ['DISPUTED', 0.99],
  ['REVERSED', 1],
];

/** Kinds of entity, with how many of them a graph of `n` relationships holds and how skewed their popularity is. */
const KINDS: readonly { kind: EntityType; per: number; min: number; skew: number }[] = [
  { kind: 'COUNTRY', per: 0, min: COUNTRIES.length, skew: 3 },
  { kind: 'GOVERNMENT', per: 1 / 250, min: 20, skew: 2.5 },
  { kind: 'PERSON', per: 1 / 40, min: 40, skew: 2 },
  { kind: 'COMPANY', per: 1 / 20, min: 60, skew: 2.5 },
  { kind: 'INFRASTRUCTURE', per: 1 / 120, min: 20, skew: 2.5 },
  { kind: 'PLACE', per: 1 / 150, min: 20, skew: 2 },
  { kind: 'PROGRAM', per: 1 / 400, min: 10, skew: 2.5 },
  { kind: 'AGREEMENT', per: 1 / 30, min: 30, skew: 1.5 },
];

/** Relationship templates: type, source kinds, target kinds, weight. */
const TEMPLATES: readonly { type: RelationType; from: readonly EntityType[]; to: readonly EntityType[]; weight: number; role?: string }[] =
  [
    { type: 'LEADS', from: ['PERSON'], to: ['GOVERNMENT', 'COMPANY'], weight: 4, role: 'Head' },
    { type: 'HOLDS_OFFICE_IN', from: ['PERSON'], to: ['GOVERNMENT'], weight: 4, role: 'Minister' },
    { type: 'PART_OF', from: ['GOVERNMENT'], to: ['COUNTRY'], weight: 1 },
    { type: 'AFFILIATED_WITH', from: ['COMPANY', 'PERSON'], to: ['COUNTRY'], weight: 8 },
    { type: 'HEADQUARTERED_IN', from: ['COMPANY'], to: ['PLACE'], weight: 3 },
    { type: 'LOCATED_IN', from: ['INFRASTRUCTURE', 'PLACE'], to: ['PLACE', 'COUNTRY'], weight: 4 },
    { type: 'OPERATES', from: ['COMPANY'], to: ['INFRASTRUCTURE'], weight: 6 },
    { type: 'INVESTED_IN', from: ['COMPANY'], to: ['INFRASTRUCTURE', 'PROGRAM', 'COMPANY'], weight: 10 },
    { type: 'SIGNED', from: ['GOVERNMENT', 'COMPANY'], to: ['AGREEMENT'], weight: 12 },
    { type: 'PARTY_TO', from: ['COUNTRY'], to: ['AGREEMENT'], weight: 6 },
    { type: 'PARTICIPATES_IN', from: ['COMPANY', 'GOVERNMENT', 'COUNTRY'], to: ['PROGRAM'], weight: 8 },
    { type: 'PARTNERS_WITH', from: ['COMPANY'], to: ['COMPANY'], weight: 10 },
    { type: 'VISITED', from: ['PERSON'], to: ['INFRASTRUCTURE', 'PLACE', 'COUNTRY'], weight: 8 },
    { type: 'COOPERATES_WITH', from: ['GOVERNMENT'], to: ['GOVERNMENT'], weight: 4 },
  ];

/** The relation types the synthetic graph uses. */
export const SYNTHETIC_RELATION_TYPES: readonly RelationType[] = [...new Set(TEMPLATES.map((t) => t.type))].sort();

const TOTAL_WEIGHT = TEMPLATES.reduce((n, t) => n + t.weight, 0);
const pad = (n: number, w = 7): string => String(n).padStart(w, '0');
const title = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Generates the graph for `relationships` relationships from `seed`. Entities and articles are
 * built at once (about 0.13 and 0.25 per relationship); relationships are drawn chunk by chunk,
 * never twice the same (same endpoints, type and valid time).
 */
export function syntheticGraph({ relationships, seed }: { relationships: number; seed: number }): SyntheticGraph {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const word = (syllables: number): { latin: string; han: string } => {
    let latin = '';
    let han = '';
    for (let i = 0; i < syllables; i++) {
      const k = Math.floor(rand() * SYLLABLES.length);
      latin += SYLLABLES[k];
      han += HAN[k];
    }
    return { latin: title(latin), han };
  };

  const entities: SyntheticEntity[] = [];
  const byKind = new Map<EntityType, { first: number; count: number; skew: number }>();
  const add = (kind: EntityType, name: string, aliases: string[]): void => {
    entities.push({ id: `syn-${kind.toLowerCase()}-${pad(entities.length)}`, name, type: kind, aliases });
  };
  const places: string[] = [];
  for (const { kind, per, min, skew } of KINDS) {
    const count = Math.max(min, Math.round(relationships * per));
    byKind.set(kind, { first: entities.length, count, skew });
    for (let i = 0; i < count; i++) {
      switch (kind) {
        case 'COUNTRY': {
          const [en, es, zh] = COUNTRIES[i]!;
          add(kind, en, es === en ? [zh] : [es, zh]);
          break;
        }
        case 'GOVERNMENT': {
          const [country, , zh] = COUNTRIES[Math.floor(Math.pow(rand(), 2) * COUNTRIES.length)]!;
          if (i < MINISTRIES.length * 2) {
            const area = MINISTRIES[i % MINISTRIES.length]!;
            add(kind, `Ministry of ${area} of ${country}`, [`Ministerio de ${area} (${country})`, `${zh}政府部门`]);
          } else {
            const w = word(3);
            add(kind, `Regional Government of ${w.latin}`, [`Gobierno Regional de ${w.latin}`, `${w.han}地区政府`]);
          }
          break;
        }
        case 'PERSON':
          add(kind, `${pick(GIVEN)} ${pick(SURNAME)} ${pick(SURNAME)}`, []);
          break;
        case 'COMPANY': {
          const w = word(3);
          const [en, es] = pick(COMPANY_SUFFIX);
          add(kind, `${w.latin} ${en}`, [`${es} ${w.latin}`, `${w.han}公司`]);
          break;
        }
        case 'INFRASTRUCTURE': {
          const w = word(3);
          const [en, es] = pick(INFRA_KIND);
          add(kind, `${w.latin} ${en}`, [`${es} de ${w.latin}`, `${w.han}${en === 'Port' ? '港' : '项目'}`]);
          break;
        }
        case 'PLACE': {
          const w = word(3);
          places.push(w.latin);
          add(kind, w.latin, [`Provincia de ${w.latin}`, `${w.han}省`]);
          break;
        }
        case 'PROGRAM': {
          const w = word(2);
          add(kind, `${w.latin} Cooperation Programme`, [`Programa de Cooperación ${w.latin}`, `${w.han}合作计划`]);
          break;
        }
        case 'AGREEMENT': {
          const topic = pick(TOPICS);
          const year = 2005 + Math.floor(rand() * 20);
          add(kind, `${title(topic)} Agreement ${word(2).latin} ${year}`, [`Acuerdo ${word(2).latin} ${year}`]);
          break;
        }
        default:
          throw new Error(`no generator for ${kind}`);
      }
    }
  }

  const articleCount = Math.max(10, Math.round(relationships / 4));
  const article = (i: number): ArticleRecord => {
    const year = 2010 + (i % 15);
    const month = 1 + (Math.imul(i, 7) % 12);
    const day = 1 + (Math.imul(i, 13) % 28);
    const outlet = OUTLETS[i % OUTLETS.length]!;
    const language = outlet.match(/Xinhua|China Daily|Caixin|Global Times/) ? 'zh' : i % 3 === 0 ? 'en' : 'es';
    return {
      id: `syn-article-${pad(i)}`,
      title: `Synthetic report ${i}`,
      source: outlet,
      url: `https://example.org/synthetic/${i}`,
      publishedAt:
        i % 10 === 0
          ? String(year)
          : i % 10 < 4
            ? `${year}-${String(month).padStart(2, '0')}`
            : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      language,
      note: null,
      text: null,
    };
  };

  const degree = new Int32Array(entities.length);
  const drawn = new Set<string>();
  const endpoint = (kinds: readonly EntityType[]): number => {
    const k = byKind.get(pick(kinds))!;
    return k.first + Math.floor(Math.pow(rand(), k.skew) * k.count);
  };

  const relationship = (n: number): RelationshipRecord => {
    for (;;) {
      let r = rand() * TOTAL_WEIGHT;
      const t = TEMPLATES.find((x) => (r -= x.weight) < 0) ?? TEMPLATES[TEMPLATES.length - 1]!;
      const s = endpoint(t.from);
      const o = endpoint(t.to);
      if (s === o) continue;
      const year = 2000 + Math.floor(Math.pow(rand(), 0.5) * 25);
      const precision = rand();
      const validFrom =
        precision < 0.5
          ? String(year)
          : precision < 0.85
            ? `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`
            : `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
      const validTo = rand() < 0.15 ? String(Math.min(2025, year + 1 + Math.floor(rand() * 6))) : null;
      const topic = t.type === 'SIGNED' || t.type === 'PARTNERS_WITH' || t.type === 'INVESTED_IN' ? pick(TOPICS) : null;
      const key = `${s}|${t.type}|${o}|${validFrom}|${validTo}|${topic}`;
      if (drawn.has(key)) continue;
      drawn.add(key);
      degree[s]! += 1;
      degree[o]! += 1;
      const st = rand();
      const status = STATUSES.find(([, p]) => st < p)![0];
      const quantities =
        t.type === 'INVESTED_IN' && rand() < 0.5 ? [{ value: Math.round(rand() * 5000) / 10, unit: 'USD million', label: null }] : [];
      const sources = 1 + (rand() < 0.35 ? 1 : 0) + (rand() < 0.1 ? 1 : 0);
      const articles = new Set<number>();
      while (articles.size < sources) articles.add(Math.floor(rand() * articleCount));
      const src = entities[s]!;
      const dst = entities[o]!;
      const verb = t.type.toLowerCase().replace(/_/g, ' ');
      return {
        type: t.type,
        source: src.id,
        target: dst.id,
        topic,
        role: t.role ?? null,
        validFrom,
        validTo,
        status,
        quantities,
        evidence: [...articles].map((a, k) => ({
          article: `syn-article-${pad(a)}`,
          quote: `${src.name} ${verb} ${dst.name} (${validFrom}), according to report ${n}.${k}.`,
        })),
        note: null,
      };
    }
  };

  const toEntityRecord = (e: SyntheticEntity): EntityRecord => ({
    ...e,
    aliases: [...e.aliases],
    description: `Synthetic ${e.type.toLowerCase()} for benchmarks.`,
    mergedIds: [],
  });

  return {
    entities,
    articleCount,
    degree,
    *entityChunks(size) {
      for (let i = 0; i < entities.length; i += size)
        yield { articles: [], entities: entities.slice(i, i + size).map(toEntityRecord), relationships: [] };
    },
    *articleChunks(size) {
      for (let i = 0; i < articleCount; i += size) {
        const list: ArticleRecord[] = [];
        for (let k = i; k < Math.min(articleCount, i + size); k++) list.push(article(k));
        yield { articles: list, entities: [], relationships: [] };
      }
    },
    *relationshipChunks(size) {
      for (let i = 0; i < relationships; i += size) {
        const list: RelationshipRecord[] = [];
        for (let k = i; k < Math.min(relationships, i + size); k++) list.push(relationship(k));
        yield { articles: [], entities: [], relationships: list };
      }
    },
  };
}
