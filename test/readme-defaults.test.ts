import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema, isInterfaceType, isObjectType, type GraphQLObjectType } from 'graphql';
import { projectRoot } from '../src/project-root.js';
import { schemaSdl, typeDefs } from '../src/contract/type-defs.js';
import { argumentDefaults } from '../src/contract/sdl-defaults.js';
import * as A from '../src/domain/arguments.js';
import { parseExportQuery } from '../src/export/index.js';

const readme = readFileSync(path.join(projectRoot(), 'README.md'), 'utf8');
const defaults = argumentDefaults(typeDefs());

/** The body rows of the README table under the header row `header`, as trimmed cells. */
function table(header: string): string[][] {
  const lines = readme.split('\n');
  const at = lines.indexOf(header);
  if (at < 0) throw new Error(`README.md has no table headed ${header}`);
  const rows: string[][] = [];
  for (const line of lines.slice(at + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

/** The names in backticks of a cell (`` `a`, `b` `` → a, b). */
const quoted = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** Every field argument of the SDL as [Type.field.argument, field, argument]. */
const schema = buildSchema(schemaSdl());
const sdlArguments = Object.values(schema.getTypeMap())
  .filter((type) => !type.name.startsWith('__') && (isObjectType(type) || isInterfaceType(type)))
  .flatMap((type) =>
    Object.values((type as GraphQLObjectType).getFields()).flatMap((field) =>
      field.args.map((a) => [`${type.name}.${field.name}.${a.name}`, field.name, a.name] as const),
    ),
  );

describe('README: the Bounds table', () => {
  // `first` (lists, connections) | 20 (`timeline`, `bilateral`: 50; `paths`: 10) | 100
  const rows = table('| argument | default | cap |').map(([argument, fallback, cap]) => {
    const [name] = quoted(argument!);
    const [, base, overrides] = /^([^(]*?)\s*(?:\((.*)\))?$/.exec(fallback!)!;
    const byField = new Map(
      (overrides ?? '')
        .split(';')
        .filter(Boolean)
        .flatMap((part) => {
          const [fields, value] = part.split(':');
          return quoted(fields!).map((f) => [f, Number(value)] as const);
        }),
    );
    return { name: name!, base: base === '' ? undefined : Number(base), byField, cap: cap! };
  });
  /** The row that documents `field`'s argument `argument`: its own (`field.argument`), else the argument's. */
  const rowOf = (field: string, argument: string) =>
    rows.find((r) => r.name === `${field}.${argument}`) ?? rows.find((r) => r.name === argument);

  it('gives each argument the SDL default of every field it names or covers', () => {
    const documented = sdlArguments.filter(([, field, argument]) => rowOf(field, argument));
    const readmeSays = documented.map(([coordinate, field, argument]) => {
      const row = rowOf(field, argument)!;
      return [coordinate, row.byField.get(field) ?? row.base];
    });
    expect(Object.fromEntries(readmeSays)).toEqual(
      Object.fromEntries(documented.map(([coordinate]) => [coordinate, defaults.get(coordinate)])),
    );
  });

  it('names in its exceptions only fields that take the argument, and documents every Int default of the SDL', () => {
    for (const row of rows) {
      for (const field of row.byField.keys())
        expect(
          sdlArguments.some(([, f, a]) => f === field && a === row.name),
          `${field}.${row.name}`,
        ).toBe(true);
    }
    const intDefaults = [...defaults].filter(([, v]) => typeof v === 'number').map(([c]) => c);
    expect(intDefaults.filter((c) => !rowOf(c.split('.')[1]!, c.split('.')[2]!))).toEqual([]);
  });

  it('gives the caps the argument rules apply', () => {
    expect(Object.fromEntries(rows.map((r) => [r.name, r.cap]))).toEqual({
      first: `${A.MAX_FIRST}`,
      'neighborhood.first': `${A.SUBGRAPH_CAP}`,
      depth: `${A.MAX_DEPTH}`,
      maxHops: `${A.MAX_HOPS}`,
      'connections.ids': `${A.MIN_IDS}–${A.MAX_IDS} ids`,
      'search.text': `${A.MAX_SEARCH_TEXT} characters`,
    });
  });
});

describe('README: the /export parameter table', () => {
  const neighborhood: Readonly<Record<string, unknown>> = { ...parseExportQuery({ id: 'peru' }).query };
  const connections: Readonly<Record<string, unknown>> = { ...parseExportQuery({ view: 'connections', ids: 'peru,china' }).query };
  // A default written `all` or `any` is no filter (null); a parameter without one is left out.
  const rows = table('| parameter | default | meaning |').filter(([, fallback]) => fallback !== '');

  it('gives the defaults /export applies', () => {
    const readmeSays = rows.map(([parameter, fallback]) => {
      const value = fallback!.replaceAll('`', '');
      return [quoted(parameter!)[0]!, value === 'all' || value === 'any' ? null : /^\d+$/.test(value) ? Number(value) : value];
    });
    const applied = rows.map(([parameter]) => {
      const name = quoted(parameter!)[0]!;
      return [name, (name === 'maxHops' ? connections : neighborhood)[name]];
    });
    expect(Object.fromEntries(readmeSays)).toEqual(Object.fromEntries(applied));
    expect(readmeSays.map(([name]) => name)).toEqual(['view', 'depth', 'maxHops', 'first', 'types', 'statuses', 'format']);
  });

  it('has the defaults of the GraphQL queries it exports', () => {
    expect({ depth: neighborhood.depth, first: neighborhood.first, maxHops: connections.maxHops }).toEqual({
      depth: defaults.get('Query.neighborhood.depth'),
      first: defaults.get('Query.neighborhood.first'),
      maxHops: defaults.get('Query.connections.maxHops'),
    });
  });
});
