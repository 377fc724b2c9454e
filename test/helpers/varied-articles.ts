/**
 * A deterministic stream of varied ingests built on the bench's synthetic articles: new claims,
 * corroborations, contradictions (status and quantities), offices with roles, topics, entities
 * matched by name under another id and gaining aliases, corrected re-ingests under the same URL,
 * and dry runs — every path of the write, early and often.
 */
import { prng, syntheticArticle } from '../../bench/generate-articles.js';
import { bundleSchema, type Bundle } from '../../src/article-file/format.js';

/** One ingest of the stream. */
export interface VariedIngest {
  bundle: Bundle;
  dryRun: boolean;
}

type Raw = { articles: Record<string, unknown>[]; entities: Record<string, unknown>[]; relationships: Record<string, unknown>[] };

/** `count` ingests from `seed`; the same arguments give the same stream. */
export function variedArticles(count: number, seed = 42): VariedIngest[] {
  const rand = prng(seed);
  const out: VariedIngest[] = [];
  const earlier: Raw[] = [];
  for (let i = 0; i < count; i++) {
    const raw = syntheticArticle(i, rand, 60) as Raw;
    const article = raw.articles[0]!;
    const id = article.id as string;
    article.url = `https://example.org/synthetic/${i}`;
    const quote = (k: number): { article: string; quote: string } => ({ article: id, quote: `Varied report ${i}.${k}.` });
    const claimKey = (r: Record<string, unknown>): string =>
      JSON.stringify([r.type, r.source, r.target, r.validFrom ?? null, r.topic ?? null]);
    // A claim taken from an earlier article comes with the declarations of its ends (an end may
    // live under another id, when its name matched an entity an "again" article created).
    const add = (r: Record<string, unknown>): void => {
      if (raw.relationships.some((x) => claimKey(x) === claimKey(r))) return;
      raw.relationships.push(r);
      for (const end of [r.source, r.target]) {
        const declared = prior?.entities.find((e) => e.id === end);
        if (declared && !raw.entities.some((e) => e.id === end)) raw.entities.push(declared);
      }
    };
    const prior = earlier.length ? earlier[Math.floor(rand() * earlier.length)]! : undefined;
    const priorRel = prior?.relationships[0];
    switch (i % 6) {
      case 1:
        // Corroborates an earlier claim: same ends, type, time and status.
        if (priorRel) add({ ...priorRel, evidence: [quote(90)] });
        break;
      case 2:
        // Contradicts an earlier claim: another status, or another amount.
        if (priorRel)
          add({
            ...priorRel,
            status: i % 4 === 2 ? 'PLANNED' : 'REPORTED',
            quantities: [{ value: 1000 + i, unit: 'USD' }],
            evidence: [quote(91)],
          });
        break;
      case 3:
        // An office with a role, and a claim with a topic.
        raw.entities.push(
          { id: `varied-person-${i % 11}`, name: `Varied Person ${i % 11}`, type: 'PERSON' },
          ...[i % 3, (i + 1) % 3].map((n) => ({ id: `varied-country-${n}`, name: `Varied Country ${n}`, type: 'COUNTRY' })),
        );
        raw.relationships.push(
          {
            type: i % 2 ? 'LEADS' : 'HOLDS_OFFICE_IN',
            source: `varied-person-${i % 11}`,
            target: `varied-country-${i % 3}`,
            role: `Minister ${i % 5}`,
            validFrom: `${2015 + (i % 9)}`,
            evidence: [quote(92)],
          },
          {
            type: 'DISCUSSED',
            source: `varied-person-${i % 11}`,
            target: `varied-country-${(i + 1) % 3}`,
            topic: `Topic ${i % 4}`,
            evidence: [quote(93)],
          },
        );
        break;
      case 4: {
        // An entity given under another id, found by its name; it gains an alias.
        const e = raw.entities[0]!;
        const [from, to] = [e.id as string, `${e.id as string}-again-${i}`];
        raw.entities[0] = { ...e, id: to, aliases: [...(e.aliases as string[]), `Alias ${i}`] };
        raw.relationships = raw.relationships.map((r) => ({
          ...r,
          source: r.source === from ? to : r.source,
          target: r.target === from ? to : r.target,
        }));
        break;
      }
      case 5:
        // A corrected re-ingest of an earlier article, under a new id with its URL, stating fewer claims.
        if (prior && prior.relationships.length > 1) {
          const redo = structuredClone(prior);
          const newId = `${prior.articles[0]!.id as string}-corrected-${i}`;
          redo.articles[0]!.id = newId;
          redo.relationships = redo.relationships
            .slice(1)
            .map((r) => ({ ...r, evidence: (r.evidence as { quote: string }[]).map((ev) => ({ ...ev, article: newId })) }));
          out.push({ bundle: bundleSchema.parse(redo), dryRun: false });
        }
        break;
      default:
        break;
    }
    const dryRun = i % 9 === 4;
    out.push({ bundle: bundleSchema.parse(raw), dryRun });
    // Later articles refer back only to what was written under the ids it gives.
    if (!dryRun && i % 6 !== 4) earlier.push(raw);
  }
  return out.slice(0, count);
}
