/**
 * The ingest side of the metrics: ingests and merges counted by outcome, and what written ingests
 * did to relationships and evidence.
 */
import { Counter, type Registry } from 'prom-client';
import type { Writer } from '../ingest/writer.js';
import { AppError } from '../errors.js';

/**
 * Registers `kg_ingests_total`, `kg_ingest_relationships_total`, `kg_ingest_evidence_total` and
 * `kg_merges_total` in `registers`, and returns the decorator of a writer that feeds them. An
 * ingest's outcome is written, unchanged, dry_run, refused (BAD_USER_INPUT) or error; a merge's or
 * undo's is ok, an AppError's code, or error.
 */
export function writerMetrics({ registers }: { registers: Registry[] }): (writer: Writer) => Writer {
  const ingests = new Counter({
    name: 'kg_ingests_total',
    help: 'ingestArticle calls by outcome: written, unchanged, dry_run, refused, error.',
    labelNames: ['outcome'],
    registers,
  });
  const ingestRelationships = new Counter({
    name: 'kg_ingest_relationships_total',
    help: 'Relationships of written ingests by result: created, corroborated, disputed, unchanged, removed.',
    labelNames: ['result'],
    registers,
  });
  const ingestEvidence = new Counter({
    name: 'kg_ingest_evidence_total',
    help: 'Evidence items added and removed by written ingests.',
    labelNames: ['change'],
    registers,
  });
  const merges = new Counter({
    name: 'kg_merges_total',
    help: 'mergeEntities and undoMerge calls by action and outcome (ok or error code).',
    labelNames: ['action', 'outcome'],
    registers,
  });
  const merged = async <T>(action: string, fn: () => Promise<T>): Promise<T> => {
    try {
      const result = await fn();
      merges.inc({ action, outcome: 'ok' });
      return result;
    } catch (err) {
      merges.inc({ action, outcome: err instanceof AppError ? err.code : 'error' });
      throw err;
    }
  };
  return (writer) => ({
    ...writer,
    ingest: async (args) => {
      let s;
      try {
        s = await writer.ingest(args);
      } catch (err) {
        ingests.inc({ outcome: err instanceof AppError && err.code === 'BAD_USER_INPUT' ? 'refused' : 'error' });
        throw err;
      }
      if (s.dryRun) {
        ingests.inc({ outcome: 'dry_run' });
        return s;
      }
      const changed =
        s.createdEntities.length +
        s.createdRelationships.length +
        s.corroboratedRelationships.length +
        s.disputedRelationships.length +
        s.removedRelationshipIds.length +
        s.evidenceAdded +
        s.evidenceRemoved;
      ingests.inc({ outcome: changed > 0 ? 'written' : 'unchanged' });
      ingestRelationships.inc({ result: 'created' }, s.createdRelationships.length);
      ingestRelationships.inc({ result: 'corroborated' }, s.corroboratedRelationships.length);
      ingestRelationships.inc({ result: 'disputed' }, s.disputedRelationships.length);
      ingestRelationships.inc({ result: 'unchanged' }, s.unchangedRelationships.length);
      ingestRelationships.inc({ result: 'removed' }, s.removedRelationshipIds.length);
      ingestEvidence.inc({ change: 'added' }, s.evidenceAdded);
      ingestEvidence.inc({ change: 'removed' }, s.evidenceRemoved);
      return s;
    },
    merge: (args) => merged('merge', () => writer.merge(args)),
    undoMerge: (args) => merged('undo_merge', () => writer.undoMerge(args)),
  });
}
