/** `Query.analyzeText`: checks the text, matches it against the entity catalog, never writes. */
import type { CandidateEntity as CandidateEntityGql, QueryResolvers } from '../generated/types.js';
import type { EntityModel } from '../../domain/models.js';
import type { CandidateEntity } from '../../analyze/analyze-text.js';
import { AppError } from '../../errors.js';

/** The longest text `analyzeText` accepts, in UTF-16 code units (as `String.length` counts). */
export const ANALYZE_TEXT_MAX_LENGTH = 50_000;

/** Resolves `Query.analyzeText(text)`: BAD_USER_INPUT (argument `text`) when it is blank or too long. */
export const analyzeTextResolver: QueryResolvers['analyzeText'] = async (_, { text }, ctx) => {
  if (text.trim().length === 0) throw new AppError('BAD_USER_INPUT', 'text: must not be empty', { argument: 'text' });
  if (text.length > ANALYZE_TEXT_MAX_LENGTH) {
    throw new AppError('BAD_USER_INPUT', `text: must be at most ${ANALYZE_TEXT_MAX_LENGTH} characters`, { argument: 'text' });
  }
  // Loaded on first use: the NLP library adds about 45 MB to a process that never analyzes a text.
  const { analyzeText } = await import('../../analyze/analyze-text.js');
  const analysis = analyzeText({ text, catalog: await ctx.reader.entityCatalog() });

  const ids = new Set(analysis.mentions.map((m) => m.entityId));
  for (const r of analysis.candidateRelationships) {
    if (!r.sourceIsCandidate) ids.add(r.sourceId);
    if (!r.targetIsCandidate) ids.add(r.targetId);
  }
  const loaded = await ctx.loaders.entity.loadMany([...ids]);
  const entities = new Map<string, EntityModel>();
  [...ids].forEach((id, i) => {
    const e = loaded[i];
    if (e && !(e instanceof Error)) entities.set(id, e);
  });
  const candidateAt = (start: number, end: number): CandidateEntity | null =>
    analysis.candidateEntities.find((c) => c.start === start && c.end === end) ?? null;

  // An entity deleted between reading the catalog and loading it leaves no mention and no relationship.
  const known = (isCandidate: boolean, id: string): boolean => isCandidate || entities.has(id);
  return {
    mentions: analysis.mentions.flatMap((m) => {
      const entity = entities.get(m.entityId);
      return entity ? [{ ...m, entity }] : [];
    }),
    candidateEntities: analysis.candidateEntities satisfies CandidateEntityGql[],
    candidateRelationships: analysis.candidateRelationships
      .filter((r) => known(r.sourceIsCandidate, r.sourceId) && known(r.targetIsCandidate, r.targetId))
      .map((r) => ({
        ...r,
        source: r.sourceIsCandidate ? null : entities.get(r.sourceId)!,
        target: r.targetIsCandidate ? null : entities.get(r.targetId)!,
        sourceCandidate: r.sourceIsCandidate ? candidateAt(r.sourceStart, r.sourceEnd) : null,
        targetCandidate: r.targetIsCandidate ? candidateAt(r.targetStart, r.targetEnd) : null,
      })),
  };
};
