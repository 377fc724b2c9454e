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

  it('joins the identifiers the ingests added, sorted, and leaves them out where none were', () => {
    const summaries = [
      JSON.stringify({ namesAdded: [{ entityId: 'peru', aliases: [], description: null, identifiers: ['WIKIDATA:Q419'] }] }),
      JSON.stringify({ namesAdded: [{ entityId: 'peru', aliases: [], description: null, identifiers: ['ISO3166:PE'] }] }),
      JSON.stringify({ namesAdded: [{ entityId: 'china', aliases: ['PRC'], description: null }] }),
    ];
    expect(ingestRecords(summaries).namesAdded).toEqual([
      { entityId: 'china', aliases: ['PRC'], description: null },
      { entityId: 'peru', aliases: [], description: null, identifiers: ['ISO3166:PE', 'WIKIDATA:Q419'] },
    ]);
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
      removedIdentifiers: [],
      props: { aliases: kept, description: null, ...entitySearchKeys({ name: 'Peru', aliases: kept, description: null }) },
    });
  });

  it('takes back the identifiers the article added that the entity still holds, and only those', () => {
    const held = { ...props, identifiers: ['WIKIDATA:Q419', 'ISO3166:PE'] };
    expect(
      namesTaken({ entityId: 'peru', aliases: [], description: null, identifiers: ['ISO3166:PE', 'OPENSANCTIONS:NK-test-fixture'] }, held),
    ).toEqual({
      entityId: 'peru',
      removedAliases: [],
      removedDescription: false,
      removedIdentifiers: ['ISO3166:PE'],
      props: {
        aliases: props.aliases,
        description: 'A country.',
        identifiers: ['WIKIDATA:Q419'],
        ...entitySearchKeys({ name: 'Peru', aliases: props.aliases, description: 'A country.' }),
      },
    });
    expect(
      namesTaken({ entityId: 'peru', aliases: [], description: null, identifiers: ['OPENSANCTIONS:NK-test-fixture'] }, held),
    ).toBeNull();
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
