import { describe, expect, it } from 'vitest';
import type { IngestSummary } from '../../src/ingest/ingest-bundle.js';
import { recordAudit, type IngestExtras } from '../../src/ingest/record-audit.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';
import { contentVersionIn } from '../../src/store/content-version.js';
import { versionHex } from '../../src/domain/content-hash.js';

const ROLLBACK = 'rolled back on purpose';

const result: IngestSummary = {
  articleIds: ['test-audit'],
  dryRun: false,
  createdEntities: ['minmetals'],
  mergedEntities: [{ inputId: 'peru-again', entityId: 'peru', by: 'name' }],
  createdRelationships: ['signed-minmetals-peru'],
  corroboratedRelationships: [],
  disputedRelationships: [],
  unchangedRelationships: [],
  removedRelationshipIds: [],
  evidenceAdded: 1,
  evidenceRemoved: 0,
  auditId: null,
};

const extras: IngestExtras = {
  namesAdded: [{ entityId: 'peru', aliases: ['Perú'], description: null }],
  reportedStatusAdded: ['signed-held'],
  restoredRelationshipIds: [],
};

describe('ingest: recordAudit (step `audit`)', () => {
  const graph = useSeededGraph();

  it(
    'records one INGEST entry with the key, the time, the articles and entities written, the summary with what it added, and ' +
      'the relationships whose status its disputes recorded, those it touched and the content version it left; returns its id',
    async () => {
      let out: { auditId: string; entries: Record<string, unknown>[]; version: string } | undefined;
      await graph.store
        .writeTx(async (tx) => {
          const auditId = await recordAudit(tx, { result, extras, keyId: 'curator', now: () => new Date('2025-03-03T10:00:00Z') });
          out = {
            auditId,
            entries: await tx.run({ cypher: 'MATCH (x:Audit {id: $id}) RETURN properties(x) AS entry', params: { id: auditId } }),
            version: await contentVersionIn(tx),
          };
          throw new Error(ROLLBACK);
        })
        .catch((err: unknown) => {
          if ((err as Error).message !== ROLLBACK) throw err;
        });
      const { auditId, entries, version } = out!;
      expect(auditId).toMatch(/^audit-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(entries).toEqual([
        {
          entry: {
            id: auditId,
            action: 'INGEST',
            at: '2025-03-03T10:00:00.000Z',
            keyId: 'curator',
            articleIds: ['test-audit'],
            entityIds: ['minmetals', 'peru'],
            summary: JSON.stringify({ ...result, ...extras, auditId: undefined, dryRun: undefined }),
            reportedStatusAdded: ['signed-held'],
            relationshipIds: ['signed-held', 'signed-minmetals-peru'],
            dataVersionSums: expect.any(Array),
            undone: false,
          },
        },
      ]);
      // The version sums are those of the version the transaction sees (Change.dataVersion).
      expect(versionHex((entries[0]!.entry as { dataVersionSums: number[] }).dataVersionSums)).toBe(version);
      // The summary leaves out what the entry says otherwise: its own id, and that it was no dry run.
      const { auditId: _auditId, dryRun: _dryRun, ...rest } = result;
      expect(JSON.parse((entries[0]!.entry as { summary: string }).summary)).toEqual({ ...rest, ...extras });
    },
  );
});
