import { describe, expect, it } from 'vitest';
import { markDisputed } from '../../../src/store/cypher/mark-disputed.js';
import { relationshipOfRow } from '../../../src/store/cypher/create-relationships.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';

const row = (type: 'SIGNED' | 'VISITED' | 'LEADS', id: string) => ({ id, type, source: 's', target: 't', knownFrom: null, props: {} });

describe('store: markDisputed, by shape', () => {
  it('builds its text from constants, whatever the rows (one plan)', () => {
    const text = (rows: ReturnType<typeof row>[]) => markDisputed({ rows: rows.map((r) => ({ ...r, by: ['x'] })) }).cypher;
    const a = text([row('SIGNED', 'signed-1'), row('VISITED', 'visited-2')]);
    expect(text([row('VISITED', 'visited-2'), row('SIGNED', 'signed-1')])).toEqual(a);
    expect(text([row('LEADS', 'leads-3')])).toEqual(a);
    expect(text([])).toEqual(a);
  });

  it(
    'marks each relationship DISPUTED, moving the disputing ids it already lists to the end of disputedBy, and records its ' + 'own status',
    () => {
      const rows = [{ id: 'signed-1', source: 'huawei', target: 'peru', by: ['signed-1-a1b2c3'] }];
      expect(markDisputed({ rows })).toEqual({
        cypher: `UNWIND $rows AS row
${relationshipOfRow}
WITH r, row, r.status AS before, r.reportedStatus IS NULL AND size(coalesce(r.disputedBy, [])) = 0 AS recordedStatus
SET r.reportedStatus = CASE WHEN recordedStatus THEN before ELSE r.reportedStatus END,
    r.status = 'DISPUTED',
    r.disputedBy = [x IN coalesce(r.disputedBy, []) WHERE NOT x IN row.by] + row.by
RETURN r.id AS id, recordedStatus`,
        params: { rows },
      });
    },
  );

  it('carries ids only as parameters', () => {
    expectOnlyInParams(markDisputed({ rows: [{ id: HOSTILE, source: 's', target: 't', by: [HOSTILE] }] }));
  });
});
