import { salvageBundle } from '../../src/article-file/salvage-bundle.js';
import { buildASTSchema, GraphQLInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { articleSchema, bundleSchema, entitySchema, relationshipSchema } from '../../src/article-file/format.js';
import { ENTITY_TYPES } from '../../src/domain/vocabulary.js';
import { typeDefs } from '../../src/contract/type-defs.js';

/** Every issue of a refused value, as `path: message`. */
const issues = (
  schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  value: unknown,
): string[] => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const claim = { type: 'SIGNED', source: 'peru', target: 'china', evidence: [{ article: 'wire', quote: 'Peru signed with China.' }] };

describe('article-file: the format', () => {
  it('fills every default of an article, an entity and a relationship', () => {
    expect(articleSchema.parse({ id: 'wire', source: 'Test Wire' })).toEqual({
      id: 'wire',
      title: null,
      source: 'Test Wire',
      url: null,
      publishedAt: null,
      language: 'en',
      note: null,
      text: null,
    });
    expect(entitySchema.parse({ id: 'peru', name: 'Peru', type: 'COUNTRY' })).toEqual({
      id: 'peru',
      name: 'Peru',
      type: 'COUNTRY',
      aliases: [],
      description: null,
      mergedIds: [],
      identifiers: [],
    });
    expect(relationshipSchema.parse(claim)).toEqual({
      type: 'SIGNED',
      source: 'peru',
      target: 'china',
      topic: null,
      role: null,
      validFrom: null,
      validTo: null,
      status: 'REPORTED',
      quantities: [],
      evidence: [{ article: 'wire', quote: 'Peru signed with China.' }],
      note: null,
    });
    expect(bundleSchema.parse({})).toEqual({ articles: [], entities: [], relationships: [] });
  });

  it('refuses ids that are not slugs, dates that are not real, and fields it does not know', () => {
    expect(issues(articleSchema, { id: 'Wire 1', source: 'Test Wire', publishedAt: '2024-02-30', language: 'eng', extra: 1 })).toEqual([
      'id: must be a lowercase slug such as "dina-boluarte"',
      'publishedAt: must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
      'language: must be a two-letter ISO 639-1 code',
      ': Unrecognized key: "extra"',
    ]);
    expect(issues(entitySchema, { id: 'peru', name: '  ', type: 'NATION' })).toEqual([
      'name: must not be empty',
      `type: Invalid option: expected one of ${ENTITY_TYPES.map((t) => `"${t}"`).join('|')}`,
    ]);
  });

  it('refuses as an entity or article id a slug in the form of an id the service makes', () => {
    expect(issues(articleSchema, { id: 'ev-0123456789abcdef', source: 'W' })).toEqual([
      'id: has the form of an evidence id, which the service makes',
    ]);
    expect(issues(entitySchema, { id: 'owns-0123456789abcdef', name: 'X', type: 'COMPANY', mergedIds: ['ev-0123456789abcdef'] })).toEqual([
      'id: has the form of a relationship id, which the service makes',
      'mergedIds.0: has the form of an evidence id, which the service makes',
    ]);
  });

  it('refuses an article given its text twice, or a text file outside its folder', () => {
    expect(issues(articleSchema, { id: 'wire', source: 'W', text: 'Peru signed.', textFile: 'wire.txt' })).toEqual([
      'textFile: give the text or a textFile, not both',
    ]);
    for (const textFile of ['/etc/hostname', '../wire.txt', 'a\\..\\..\\wire.txt', 'C:\\wire.txt']) {
      expect(issues(articleSchema, { id: 'wire', source: 'W', textFile })).toEqual([
        'textFile: must be a relative path inside the article file\'s folder (no absolute path, no "..")',
      ]);
    }
  });

  it('refuses a relationship without evidence, a loop, time running backwards, a long quote and an id of another type', () => {
    expect(issues(relationshipSchema, { ...claim, evidence: [] })).toEqual(['evidence: a relationship needs at least one evidence item']);
    expect(issues(relationshipSchema, { ...claim, target: 'peru' })).toEqual(['target: source and target must differ']);
    expect(issues(relationshipSchema, { ...claim, validFrom: '2025', validTo: '2024-12' })).toEqual([
      'validTo: validTo must not precede validFrom',
    ]);
    expect(issues(relationshipSchema, { ...claim, validFrom: '2024-06', validTo: '2024-01' })).toEqual([]);
    expect(
      issues(relationshipSchema, { ...claim, evidence: [{ article: 'wire', quote: Array.from({ length: 41 }, () => 'word').join(' ') }] }),
    ).toEqual(['evidence.0.quote: must be a short quote of at most 40 words']);
    expect(issues(relationshipSchema, { ...claim, id: 'visited-0123456789abcdef' })).toEqual([
      'id: id must start with the type in lower case and a hyphen',
    ]);
    expect(issues(relationshipSchema, { ...claim, id: 'signed-0123456789abcdef-a1b2c3' })).toEqual([]);
    expect(issues(relationshipSchema, { ...claim, disputedBy: ['Not An Id'] })).toEqual([
      'disputedBy.0: must be a relationship id such as "signed-3f9a0c1d2e4b5a6f"',
    ]);
  });
  it('normalizes identifiers and refuses a malformed one or a scheme given twice, with their own codes', () => {
    const entity = (identifiers: unknown) => ({ entities: [{ id: 'peru', name: 'Peru', type: 'COUNTRY', identifiers }] });
    expect(bundleSchema.parse(entity([{ scheme: 'ISO3166', value: ' pe ' }])).entities[0]!.identifiers).toEqual([
      { scheme: 'ISO3166', value: 'PE' },
    ]);
    const r = salvageBundle(
      entity([
        { scheme: 'ISO3166', value: 'XX' },
        { scheme: 'WIKIDATA', value: 'Q1' },
        { scheme: 'WIKIDATA', value: 'Q2' },
        { scheme: 'ISBN', value: '1' },
      ]),
    );
    expect(r.ok ? [] : r.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'entities[0].identifiers[0].value INVALID_IDENTIFIER',
      'entities[0].identifiers[3].scheme INVALID_VALUE',
    ]);
    const twice = salvageBundle(
      entity([
        { scheme: 'WIKIDATA', value: 'Q1' },
        { scheme: 'WIKIDATA', value: 'q2' },
      ]),
    );
    expect(twice.ok ? [] : twice.problems).toEqual([
      {
        path: 'entities[0].identifiers[1].scheme',
        code: 'REPEATED_SCHEME',
        message: 'a second WIKIDATA identifier (identifiers[0] gives one): an entity has at most one value per scheme',
      },
    ]);
  });
});

describe('article-file: the defaults of the format and of the GraphQL input', () => {
  /** Every input field the SDL gives a default, as `Type.field` → value. */
  const sdlInputDefaults = (): Map<string, unknown> => {
    const schema = buildASTSchema(typeDefs());
    const out = new Map<string, unknown>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(type instanceof GraphQLInputObjectType)) continue;
      for (const field of Object.values(type.getFields())) {
        if (field.defaultValue !== undefined) out.set(`${type.name}.${field.name}`, field.defaultValue);
      }
    }
    return out;
  };
  // The record each input type is ingested as, parsed from its required fields only.
  const parsedDefaults: Record<string, Record<string, unknown>> = {
    ArticleInput: bundleSchema.parse({ articles: [] }),
    ArticleRecordInput: articleSchema.parse({ id: 'a', source: 'S' }),
    EntityInput: entitySchema.parse({ id: 'e', name: 'E', type: ENTITY_TYPES[0] }),
    RelationshipInput: relationshipSchema.parse({
      type: 'SIGNED',
      source: 'a',
      target: 'b',
      evidence: [{ article: 'x', quote: 'q' }],
    }),
  };

  it('are equal: every SDL input default is the default the article-file format applies', () => {
    const defaults = sdlInputDefaults();
    expect([...defaults.keys()].sort()).toEqual([
      'ArticleInput.entities',
      'ArticleInput.relationships',
      'ArticleRecordInput.language',
      'EntityInput.aliases',
      'EntityInput.identifiers',
      'EntityInput.mergedIds',
      'RelationshipInput.quantities',
      'RelationshipInput.status',
    ]);
    for (const [coordinate, value] of defaults) {
      const [type, field] = coordinate.split('.') as [string, string];
      expect({ coordinate, value: parsedDefaults[type]![field] }).toEqual({ coordinate, value });
    }
  });
});
