import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { projectRoot } from '../../src/project-root.js';
import { schemaSdl } from '../../src/contract/type-defs.js';
import {
  AFFILIATION_DOWN,
  AFFILIATION_UP,
  ENTITY_TYPES,
  FIRM_STATUSES,
  OFFICE_RELATIONS,
  RELATION_TYPES,
  RELATION_TYPE_NAMES,
  STATUSES,
  asRelationType,
} from '../../src/domain/vocabulary.js';

const SDL = schemaSdl();
const CYPHER = readFileSync(path.join(projectRoot(), 'schema', 'constraints.cypher'), 'utf8');

interface Vocabulary {
  entityTypes: readonly string[];
  relationTypes: readonly string[];
  statuses: readonly string[];
  officeRelations: readonly string[];
}

const VOCABULARY: Vocabulary = {
  entityTypes: ENTITY_TYPES,
  relationTypes: RELATION_TYPE_NAMES,
  statuses: STATUSES,
  officeRelations: OFFICE_RELATIONS,
};

function enumValues(sdl: string, name: string): string[] {
  const node = parse(sdl).definitions.find(
    (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name,
  );
  if (!node) throw new Error(`no enum ${name} in the SDL`);
  return (node.values ?? []).map((v) => v.name.value);
}

const code = (text: string): string => text.replace(/\/\/.*$/gm, '');

/** The relationship types constraints.cypher gives an id uniqueness constraint, by constraint name. */
function relationIdConstraints(cypher: string): Map<string, string> {
  const found = code(cypher).matchAll(/CREATE CONSTRAINT (\w+) IF NOT EXISTS FOR \(\)-\[r:(\w+)\]-\(\) REQUIRE r\.id IS UNIQUE/g);
  return new Map([...found].map((m) => [m[2]!, m[1]!]));
}

/** Every relationship type named anywhere in constraints.cypher (`[r:A|B]`). */
function relationTypesNamed(cypher: string): string[] {
  return [...code(cypher).matchAll(/\[\w*:([\w|]+)\]/g)].flatMap((m) => m[1]!.split('|'));
}

function officeSearchTypes(cypher: string): string[] {
  const m = /CREATE FULLTEXT INDEX office_search IF NOT EXISTS FOR \(\)-\[r:([\w|]+)\]-\(\)/.exec(code(cypher));
  return m ? m[1]!.split('|').sort() : [];
}

const differ = (what: string, ours: readonly string[], theirs: readonly string[]): string[] => [
  ...theirs.filter((v) => !ours.includes(v)).map((v) => `${what} has ${v}, the vocabulary does not`),
  ...ours.filter((v) => !theirs.includes(v)).map((v) => `the vocabulary has ${v}, ${what} does not`),
];

/** Every way the vocabulary and the schema texts disagree; [] when they agree. */
function drift({ sdl, cypher, vocabulary = VOCABULARY }: { sdl: string; cypher: string; vocabulary?: Vocabulary }): string[] {
  const constraints = relationIdConstraints(cypher);
  return [
    ...differ('enum EntityType', vocabulary.entityTypes, enumValues(sdl, 'EntityType')),
    ...differ('enum ClaimStatus', vocabulary.statuses, enumValues(sdl, 'ClaimStatus')),
    ...differ('the relationship id constraints', vocabulary.relationTypes, [...constraints.keys()]),
    ...differ('constraints.cypher', vocabulary.relationTypes, [...new Set(relationTypesNamed(cypher))]).filter((d) =>
      d.startsWith('constraints.cypher'),
    ),
    ...[...constraints]
      .filter(([type, name]) => name !== `rel_${type.toLowerCase()}_id`)
      .map(([type, name]) => `constraint ${name} is not named rel_${type.toLowerCase()}_id`),
    ...differ('office_search', [...vocabulary.officeRelations].sort(), officeSearchTypes(cypher)),
  ];
}

describe('domain: vocabulary and the schema', () => {
  it('agrees with the SDL enums and constraints.cypher', () => {
    expect(drift({ sdl: SDL, cypher: CYPHER })).toEqual([]);
    // The parsers read what they should, so the agreement is not between empty lists.
    expect(enumValues(SDL, 'EntityType')).toEqual([...ENTITY_TYPES]);
    expect(enumValues(SDL, 'ClaimStatus')).toEqual([...STATUSES]);
    expect([...relationIdConstraints(CYPHER).keys()].sort()).toEqual(RELATION_TYPE_NAMES);
    expect(officeSearchTypes(CYPHER)).toEqual(['HOLDS_OFFICE_IN', 'LEADS']);
  });

  it('fails when the SDL gains or loses an entity type or a status', () => {
    const gained = SDL.replace(/(enum EntityType \{\n)/, '$1  ALIEN\n').replace(/(enum ClaimStatus \{\n)/, '$1  RUMOURED\n');
    expect(drift({ sdl: gained, cypher: CYPHER })).toEqual([
      'enum EntityType has ALIEN, the vocabulary does not',
      'enum ClaimStatus has RUMOURED, the vocabulary does not',
    ]);
    const lost = SDL.replace(/(enum EntityType \{[^}]*)\n {2}TOPIC/, '$1');
    expect(drift({ sdl: lost, cypher: CYPHER })).toEqual(['the vocabulary has TOPIC, enum EntityType does not']);
  });

  it('fails when constraints.cypher gains or loses a relation type', () => {
    const gained = `${CYPHER}\nCREATE CONSTRAINT rel_befriends_id IF NOT EXISTS FOR ()-[r:BEFRIENDS]-() REQUIRE r.id IS UNIQUE;\n`;
    expect(drift({ sdl: SDL, cypher: gained })).toEqual([
      'the relationship id constraints has BEFRIENDS, the vocabulary does not',
      'constraints.cypher has BEFRIENDS, the vocabulary does not',
    ]);
    const lost = CYPHER.replace(/^CREATE CONSTRAINT rel_visited_id .*\n/m, '');
    expect(drift({ sdl: SDL, cypher: lost })).toEqual(['the vocabulary has VISITED, the relationship id constraints does not']);
    const commentedOut = CYPHER.replace(/^(CREATE CONSTRAINT rel_signed_id)/m, '// $1');
    expect(drift({ sdl: SDL, cypher: commentedOut })).toEqual(['the vocabulary has SIGNED, the relationship id constraints does not']);
    const misnamed = CYPHER.replace('rel_owns_id', 'rel_own_id');
    expect(drift({ sdl: SDL, cypher: misnamed })).toEqual(['constraint rel_own_id is not named rel_owns_id']);
    const office = CYPHER.replace('[r:HOLDS_OFFICE_IN|LEADS]', '[r:HOLDS_OFFICE_IN|LEADS|SIGNED]');
    expect(drift({ sdl: SDL, cypher: office })).toEqual(['office_search has SIGNED, the vocabulary does not']);
  });

  it('fails when the vocabulary gains a value the schema lacks', () => {
    const vocabulary: Vocabulary = {
      entityTypes: [...ENTITY_TYPES, 'ALIEN'],
      relationTypes: [...RELATION_TYPE_NAMES, 'BEFRIENDS'],
      statuses: [...STATUSES, 'RUMOURED'],
      officeRelations: [...OFFICE_RELATIONS, 'SIGNED'],
    };
    expect(drift({ sdl: SDL, cypher: CYPHER, vocabulary })).toEqual([
      'the vocabulary has ALIEN, enum EntityType does not',
      'the vocabulary has RUMOURED, enum ClaimStatus does not',
      'the vocabulary has BEFRIENDS, the relationship id constraints does not',
      'the vocabulary has SIGNED, office_search does not',
    ]);
  });
});

describe('domain: vocabulary lists', () => {
  it('lists the relation type names sorted, one per meaning', () => {
    expect(RELATION_TYPE_NAMES).toEqual(Object.keys(RELATION_TYPES).sort());
    expect(RELATION_TYPE_NAMES).toHaveLength(33);
    expect(Object.values(RELATION_TYPES).filter((meaning) => !meaning.startsWith('source '))).toEqual([]);
  });

  it('has no value twice', () => {
    for (const list of [ENTITY_TYPES, STATUSES, AFFILIATION_UP, AFFILIATION_DOWN, OFFICE_RELATIONS]) {
      expect(new Set(list).size, list.join()).toBe(list.length);
    }
  });

  it('keeps affiliation outward and inward apart, and offices among the outward ones', () => {
    expect(AFFILIATION_UP.filter((t) => (AFFILIATION_DOWN as readonly string[]).includes(t))).toEqual([]);
    expect(OFFICE_RELATIONS.filter((t) => !(AFFILIATION_UP as readonly string[]).includes(t))).toEqual([]);
  });

  it('takes reported and confirmed claims as firm, and only those', () => {
    expect(FIRM_STATUSES).toEqual(['REPORTED', 'CONFIRMED']);
  });
});

describe('domain: asRelationType', () => {
  it('narrows a relation type name and refuses anything else, inherited properties included', () => {
    expect(asRelationType('SIGNED')).toBe('SIGNED');
    expect(RELATION_TYPE_NAMES.map(asRelationType)).toEqual(RELATION_TYPE_NAMES);
    for (const value of ['signed', 'SIGNED ', '', 'toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      expect(asRelationType(value), value).toBeUndefined();
    }
  });
});
