import { describe, expect, it } from 'vitest';
import { madeIdType, reservedIdProblem } from '../../src/domain/node-ids.js';
import { evidenceId, relationshipId } from '../../src/domain/ids.js';

describe('domain: the id space of Node', () => {
  const rel = relationshipId({ type: 'AFFILIATED_WITH', source: 'a', target: 'b', validFrom: null, validTo: null, topic: null });

  it('tells the ids the service makes by their form', () => {
    expect(madeIdType(rel)).toBe('Relationship');
    expect(madeIdType(relationshipId({ type: 'SIGNED', source: 'a', target: 'b', validFrom: '2024', validTo: null, topic: 'x' }))).toBe(
      'Relationship',
    );
    expect(madeIdType(evidenceId(rel, 'some-article', 'a quote'))).toBe('Evidence');
    expect(madeIdType('audit-0f6c1a8e-3b7d-4c2e-9a51-7e2d4b8c9f10')).toBe('AuditEntry');
  });

  it('leaves every other slug to entities and articles', () => {
    for (const id of [
      'huawei',
      'signed',
      'met-office',
      'signed-0123',
      'owns-0123456789abcdeg',
      'ev-huawei',
      'audit-2024',
      'unknowntype-0123456789abcdef',
    ])
      expect(madeIdType(id), id).toBeNull();
  });

  it('says why a made form cannot be a curator’s id', () => {
    expect(reservedIdProblem('owns-0123456789abcdef')).toBe('has the form of a relationship id, which the service makes');
    expect(reservedIdProblem('ev-0123456789abcdef')).toBe('has the form of an evidence id, which the service makes');
    expect(reservedIdProblem('audit-0f6c1a8e-3b7d-4c2e-9a51-7e2d4b8c9f10')).toBe(
      'has the form of an audit entry id, which the service makes',
    );
    expect(reservedIdProblem('cosco-shipping')).toBeUndefined();
  });
});
