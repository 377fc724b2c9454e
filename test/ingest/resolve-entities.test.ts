import { describe, expect, it } from 'vitest';
import { resolveEntities, type CatalogEntity } from '../../src/ingest/resolve-entities.js';
import type { EntityRecord } from '../../src/article-file/format.js';

const entity = (over: Partial<CatalogEntity> & { id: string }): CatalogEntity => ({
  name: over.id,
  type: 'COMPANY',
  aliases: [],
  mergedIds: [],
  identifiers: [],
  ...over,
});
const input = (over: Partial<EntityRecord> & { id: string }): EntityRecord => ({
  name: over.id,
  type: 'COMPANY',
  aliases: [],
  description: null,
  mergedIds: [],
  ...over,
});
const catalog = [
  entity({ id: 'acme', name: 'Acme', identifiers: ['WIKIDATA:Q100', 'OPENSANCTIONS:NK-acme'] }),
  entity({ id: 'bolt', name: 'Bolt', identifiers: ['WIKIDATA:Q200'] }),
  entity({ id: 'acme-two', name: 'Acme Holdings', mergedIds: ['old-acme-two'] }),
];
const resolve = (...inputs: EntityRecord[]) => resolveEntities({ inputs, catalog, pathOf: (i) => `input.entities[${i}]` });

describe('ingest: resolveEntities with identifiers', () => {
  it('resolves by identifier before names: an identifier match wins over a name that names another entity', () => {
    const r = resolve(input({ id: 'new-id', name: 'Bolt', identifiers: [{ scheme: 'WIKIDATA', value: 'Q100' }] }));
    expect(r.problems).toEqual([]);
    expect(r.resolutions).toEqual([{ kind: 'existing', inputId: 'new-id', entityId: 'acme', by: 'identifier' }]);
    expect(r.idMap.get('new-id')).toBe('acme');
  });

  it('creates an entity whose identifiers no entity holds and whose name matches none', () => {
    const r = resolve(input({ id: 'cobalt', name: 'Cobalt', identifiers: [{ scheme: 'WIKIDATA', value: 'Q300' }] }));
    expect(r).toMatchObject({ problems: [], resolutions: [{ kind: 'new', inputId: 'cobalt' }] });
  });

  it('resolves by name when the entity holds no value of the input’s schemes, which it then may gain', () => {
    const r = resolve(input({ id: 'x', name: 'Acme Holdings', identifiers: [{ scheme: 'LEI', value: 'ANYTHING' }] }));
    expect(r).toMatchObject({ problems: [], resolutions: [{ kind: 'existing', entityId: 'acme-two', by: 'name' }] });
  });

  it('refuses identifiers that belong to two entities', () => {
    const r = resolve(
      input({
        id: 'x',
        name: 'X',
        identifiers: [
          { scheme: 'WIKIDATA', value: 'Q200' },
          { scheme: 'OPENSANCTIONS', value: 'NK-acme' },
        ],
      }),
    );
    expect(r.resolutions).toEqual([]);
    expect(r.problems).toEqual([
      {
        path: 'input.entities[0].identifiers',
        code: 'IDENTIFIER_CONFLICT',
        message:
          'the identifiers of "X" belong to different entities: WIKIDATA:Q200 to bolt ("Bolt"), OPENSANCTIONS:NK-acme to acme ("Acme")',
      },
    ]);
  });

  it('refuses an identifier another entity holds than the one the id or a merged id names', () => {
    expect(resolve(input({ id: 'acme', name: 'Acme', identifiers: [{ scheme: 'WIKIDATA', value: 'Q200' }] })).problems).toEqual([
      {
        path: 'input.entities[0].identifiers[0].value',
        code: 'IDENTIFIER_IN_USE',
        message: 'WIKIDATA:Q200 is the identifier of bolt ("Bolt"), but "Acme" resolves to acme ("Acme") by its id',
      },
    ]);
    expect(resolve(input({ id: 'old-acme-two', name: 'A', identifiers: [{ scheme: 'WIKIDATA', value: 'Q100' }] })).problems).toEqual([
      {
        path: 'input.entities[0].identifiers[0].value',
        code: 'IDENTIFIER_IN_USE',
        message: 'WIKIDATA:Q100 is the identifier of acme ("Acme"), but "A" resolves to acme-two ("Acme Holdings") by an id merged into it',
      },
    ]);
  });

  it('refuses another value of a scheme the entity holds, by id, by identifier and by name', () => {
    expect(resolve(input({ id: 'acme', name: 'Acme', identifiers: [{ scheme: 'WIKIDATA', value: 'Q999' }] })).problems).toEqual([
      {
        path: 'input.entities[0].identifiers[0].value',
        code: 'IDENTIFIER_CONFLICT',
        message: '"Acme" resolves to acme ("Acme") by its id, which holds WIKIDATA:Q100, not WIKIDATA:Q999',
      },
    ]);
    const byIdentifier = resolve(
      input({
        id: 'y',
        name: 'Y',
        identifiers: [
          { scheme: 'WIKIDATA', value: 'Q100' },
          { scheme: 'OPENSANCTIONS', value: 'NK-other' },
        ],
      }),
    );
    expect(byIdentifier.problems).toEqual([
      {
        path: 'input.entities[0].identifiers[1].value',
        code: 'IDENTIFIER_CONFLICT',
        message: '"Y" resolves to acme ("Acme") by an identifier, which holds OPENSANCTIONS:NK-acme, not OPENSANCTIONS:NK-other',
      },
    ]);
    const byName = resolve(input({ id: 'z', name: 'Bolt', identifiers: [{ scheme: 'WIKIDATA', value: 'Q300' }] }));
    expect(byName.problems).toEqual([
      {
        path: 'input.entities[0].identifiers[0].value',
        code: 'IDENTIFIER_CONFLICT',
        message:
          '"Bolt" resolves to bolt ("Bolt") by name, which holds WIKIDATA:Q200, not WIKIDATA:Q300: it is not that entity; give it ' +
          'its own name, or the identifier the entity holds',
      },
    ]);
  });
});
