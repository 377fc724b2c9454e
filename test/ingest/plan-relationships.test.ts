import { describe, expect, it } from 'vitest';
import { overlaps, planRelationships, type HeldRelationship } from '../../src/ingest/plan-relationships.js';
import { relationshipId } from '../../src/domain/ids.js';
import { bundleSchema, type RelationshipRecord } from '../../src/article-file/format.js';

const claim = (over: Record<string, unknown> = {}): RelationshipRecord =>
  bundleSchema.parse({
    relationships: [{ type: 'SIGNED', source: 'a', target: 'b', validFrom: '2024', evidence: [{ article: 'x', quote: 'q' }], ...over }],
  }).relationships[0]!;

const held = (over: Partial<HeldRelationship> = {}): HeldRelationship => ({
  id: relationshipId({ type: 'SIGNED', source: 'a', target: 'b', validFrom: '2024', validTo: null, topic: null }),
  type: 'SIGNED',
  source: 'a',
  target: 'b',
  status: 'REPORTED',
  quantities: '[]',
  topic: null,
  validStart: '2024-01-01',
  validEnd: null,
  ...over,
});

const plan = (relationships: RelationshipRecord[], h: HeldRelationship[] = [], priorEvidence: string[] = []) =>
  planRelationships({
    relationships,
    held: h,
    published: new Map([['x', '2024-05-01']]),
    priorEvidence: new Set(priorEvidence),
    keyId: 'test',
  });

describe('ingest: overlaps', () => {
  it('matches topics ignoring case, or when either has none', () => {
    const span = { validStart: null, validEnd: null };
    expect(overlaps({ ...span, topic: 'Copper' }, { ...span, topic: 'copper' })).toBe(true);
    expect(overlaps({ ...span, topic: null }, { ...span, topic: 'copper' })).toBe(true);
    expect(overlaps({ ...span, topic: 'lithium' }, { ...span, topic: 'copper' })).toBe(false);
  });

  it('overlaps valid times with open ends overlapping everything', () => {
    const t = { topic: null };
    expect(overlaps({ ...t, validStart: '2024-01-01', validEnd: '2024-12-31' }, { ...t, validStart: '2024-06-01', validEnd: null })).toBe(
      true,
    );
    expect(overlaps({ ...t, validStart: '2025-01-01', validEnd: null }, { ...t, validStart: '2023-01-01', validEnd: '2024-12-31' })).toBe(
      false,
    );
    expect(overlaps({ ...t, validStart: null, validEnd: '2022-12-31' }, { ...t, validStart: '2023-01-01', validEnd: null })).toBe(false);
    expect(overlaps({ ...t, validStart: null, validEnd: null }, { ...t, validStart: '2023-01-01', validEnd: '2023-12-31' })).toBe(true);
  });
});

describe('ingest: planRelationships', () => {
  it('creates a new claim with its evidence and knownFrom from its articles', () => {
    const p = plan([claim()]);
    expect(p.creates.map((c) => [c.id, c.type, c.knownFrom, c.props.reportedStatus])).toEqual([
      [held().id, 'SIGNED', '2024-05-01', 'REPORTED'],
    ]);
    expect(p.updates).toEqual([]);
    expect(p.created).toEqual([held().id]);
    expect(p.evidence).toHaveLength(1);
    expect(p.evidenceAdded).toBe(1);
  });

  it('corroborates the relationship the graph holds instead of writing one', () => {
    const p = plan([claim()], [held()]);
    expect(p.creates).toEqual([]);
    expect(p.corroborated).toEqual([held().id]);
    expect(p.touched.map((t) => t.id)).toEqual([held().id]);
  });

  it('writes a contradicting claim beside the one of its own id under a variant id, and disputes both', () => {
    const p = plan([claim({ status: 'PLANNED' })], [held()]);
    const variant = p.creates[0]!.id;
    expect(variant).toMatch(new RegExp(`^${held().id}-[0-9a-f]{6}$`));
    expect(p.created).toEqual([variant]);
    expect(p.disputes).toEqual([
      { id: variant, type: 'SIGNED', source: 'a', target: 'b', by: [held().id] },
      { id: held().id, type: 'SIGNED', source: 'a', target: 'b', by: [variant] },
    ]);
    expect([...p.disputed].sort()).toEqual([held().id, variant].sort());
  });

  it('lets each claim see the claims before it in the same input, as writes one at a time would', () => {
    // The second claim contradicts the first, which this input wrote; the third agrees with
    // neither, both DISPUTED by then, and stands beside them.
    const p = plan([
      claim(),
      claim({ quantities: [{ value: 1, unit: 'USD' }], evidence: [{ article: 'x', quote: 'r' }] }),
      claim({ evidence: [{ article: 'x', quote: 's' }] }),
    ]);
    const [first, second, third] = p.creates.map((c) => c.id);
    expect(first).toBe(held().id);
    expect(p.updates).toEqual([]);
    expect(p.created).toEqual([first, second, third]);
    expect(p.disputes).toEqual([
      { id: second, type: 'SIGNED', source: 'a', target: 'b', by: [first, third] },
      { id: first, type: 'SIGNED', source: 'a', target: 'b', by: [second, third] },
      { id: third, type: 'SIGNED', source: 'a', target: 'b', by: [first, second] },
    ]);
  });

  it('rewrites (not creates) a relationship an earlier claim of the input created, and folds repeated dispute marks', () => {
    const p = plan(
      [
        claim({ status: 'PLANNED' }),
        claim({ status: 'CONFIRMED', evidence: [{ article: 'x', quote: 'r' }] }),
        claim({ status: 'PLANNED', evidence: [{ article: 'x', quote: 's' }] }),
      ],
      [held()],
    );
    const [planned, confirmed] = p.creates.map((c) => c.id);
    expect(p.creates).toHaveLength(2);
    // The third claim is the first again, which is DISPUTED by then: its variant is rewritten.
    expect(p.updates.map((u) => [u.id, u.props.status])).toEqual([[planned, 'PLANNED']]);
    // One mark per relationship: its disputers in the order they came, a repeated one moved to the end;
    // never the relationship itself, which the third claim rewrites.
    expect(p.disputes.map((d) => d.id)).toEqual([planned, held().id, confirmed]);
    expect(p.disputes[0]!.by).toEqual([held().id, confirmed]);
    expect(p.disputes[1]!.by).toEqual([confirmed, planned]);
    expect(p.disputes[2]!.by).toEqual([held().id, planned]);
  });

  it('calls a claim whose evidence was all there before unchanged', () => {
    const first = plan([claim()]);
    const again = plan(
      [claim()],
      [held()],
      first.evidence.map((ev) => ev.id),
    );
    expect(again.unchanged).toEqual([held().id]);
    expect(again.evidenceAdded).toBe(0);
  });
});
