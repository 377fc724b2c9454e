/**
 * Writes N synthetic article files (src/article-file/format.ts), deterministically from a seed:
 * `npx tsx bench/generate-articles.ts <dir> [count=1000] [seed=42]`. Each article cites its own
 * quotes, declares the entities it uses (some shared across articles, so ingest merges and
 * corroborates), and states 3–6 dated relationships.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';

/** A small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = [
  ['SIGNED', 'COMPANY', 'AGREEMENT'],
  ['INVESTED_IN', 'COMPANY', 'INFRASTRUCTURE'],
  ['VISITED', 'PERSON', 'PLACE'],
  ['PARTNERS_WITH', 'COMPANY', 'COMPANY'],
  ['OPERATES', 'COMPANY', 'INFRASTRUCTURE'],
  ['AFFILIATED_WITH', 'COMPANY', 'COUNTRY'],
] as const;

/** The bundle of article number `i`. */
export function syntheticArticle(i: number, rand: () => number, pool = 400): Record<string, unknown> {
  const pick = (n: number): number => Math.floor(Math.pow(rand(), 2) * n); // heavy-tailed: low ids are popular
  const id = `synthetic-${String(i).padStart(6, '0')}`;
  const entities = new Map<string, Record<string, unknown>>();
  const ent = (kind: string, n: number): string => {
    const eid = `syn-${kind.toLowerCase()}-${n}`;
    entities.set(eid, {
      id: eid,
      name: `Synthetic ${kind.toLowerCase()} ${n}`,
      type: kind,
      aliases: [`Sintético ${kind.toLowerCase()} ${n}`],
    });
    return eid;
  };
  const relationships = [];
  const count = 3 + Math.floor(rand() * 4);
  for (let k = 0; k < count; k++) {
    const [type, from, to] = TYPES[Math.floor(rand() * TYPES.length)]!;
    const s = ent(from, pick(pool));
    let t = ent(to, pick(pool));
    if (s === t) t = ent(to, pick(pool) + pool);
    const year = 2015 + Math.floor(rand() * 10);
    relationships.push({
      type,
      source: s,
      target: t,
      validFrom: String(year),
      evidence: [{ article: id, quote: `Report ${i}.${k}: ${s} ${type.toLowerCase().replace(/_/g, ' ')} ${t} in ${year}.` }],
    });
  }
  return {
    articles: [
      { id, title: `Synthetic article ${i}`, source: `Synthetic Outlet ${i % 17}`, publishedAt: `${2016 + (i % 9)}-0${1 + (i % 9)}` },
    ],
    entities: [...entities.values()],
    relationships,
  };
}

async function main(): Promise<void> {
  const [dir, countArg, seedArg] = process.argv.slice(2);
  if (!dir) throw new Error('usage: npx tsx bench/generate-articles.ts <dir> [count] [seed]');
  const count = Number(countArg ?? 1000);
  const rand = prng(Number(seedArg ?? 42));
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < count; i++)
    await writeFile(path.join(dir, `article-${String(i).padStart(6, '0')}.yaml`), stringify(syntheticArticle(i, rand)));
  console.log(`wrote ${count} article files to ${dir}`);
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
