import { describe, expect, it } from 'vitest';
import { ingestRecords, namesTaken } from '../../src/ingest/retraction-state.js';
import { entitySearchKeys } from '../../src/domain/search-keys.js';

describe('ingest: ingestRecords', () => {
  it('joins what every ingest of an article created and added, an entry from before they recorded names adding none', () => {
    const summaries = [
      JSON.stringify({ createdEntities: ['b', 'a'], namesAdded: [{ entityId: 'peru', aliases: ['Peru 1'], description: null }] }),
      JSON.stringify({ createdEntities: ['a'] }),
      JSON.stringify({
        createdEntities: [],
        namesAdded: [
          { entityId: 'peru', aliases: ['Peru 2', 'Peru 1'], description: 'A country.' },
          { entityId: 'china', aliases: [], description: 'Another.' },
        ],
      }),
    ];
    expect(ingestRecords(summaries)).toEqual({
      createdEntities: ['a', 'b'],
      namesAdded: [
        { entityId: 'china', aliases: [], description: 'Another.' },
        { entityId: 'peru', aliases: ['Peru 1', 'Peru 2'], description: 'A country.' },
      ],
    });
    expect(ingestRecords([])).toEqual({ createdEntities: [], namesAdded: [] });
  });
});

describe('ingest: namesTaken', () => {
  const props = { id: 'peru', name: 'Peru', aliases: ['Perú', 'Peru 1', 'Peru 2'], description: 'A country.' };

  it('takes the aliases the article added that the entity holds, and the description it added when it is still that one', () => {
    const kept = ['Perú', 'Peru 2'];
    expect(namesTaken({ entityId: 'peru', aliases: ['Peru 1', 'Gone'], description: 'A country.' }, props)).toEqual({
      entityId: 'peru',
      removedAliases: ['Peru 1'],
      removedDescription: true,
      props: { aliases: kept, description: null, ...entitySearchKeys({ name: 'Peru', aliases: kept, description: null }) },
    });
  });

  it('leaves a description written since, and answers null when the entity holds nothing the article added', () => {
    expect(namesTaken({ entityId: 'peru', aliases: ['Peru 2'], description: 'Another.' }, props)).toMatchObject({
      removedAliases: ['Peru 2'],
      removedDescription: false,
      props: { description: 'A country.' },
    });
    expect(namesTaken({ entityId: 'peru', aliases: ['Gone'], description: 'Another.' }, props)).toBeNull();
  });
});
