/**
 * The argument defaults of the published SDL (schema/*.graphql), the only place a default is
 * written. GraphQL fills an omitted argument with its default before a resolver runs; resolvers
 * use these for what GraphQL leaves to them: an explicit `null`, which they answer as the default,
 * and arguments read from an operation's text (a read plan's pages); /export uses them for the
 * parameters it shares with the queries it exports.
 */
import { buildASTSchema, type DocumentNode } from 'graphql';
import { typeDefs } from './type-defs.js';

/** A type as far as its field arguments go (no instanceof: the test runner may load graphql twice). */
interface WithFields {
  getFields?: () => Record<string, { args?: readonly { name: string; defaultValue: unknown }[] }>;
}

/**
 * Every argument default `sdl` gives, by `Type.field.argument` (`Query.entities.first` → 20,
 * `Entity.relationships.direction` → `'BOTH'`), as GraphQL passes it to a resolver. Arguments
 * without a default are left out; so are input-object fields, which are not arguments.
 */
export function argumentDefaults(sdl: DocumentNode): ReadonlyMap<string, unknown> {
  const out = new Map<string, unknown>();
  const schema = buildASTSchema(sdl);
  for (const [typeName, type] of Object.entries(schema.getTypeMap())) {
    if (typeName.startsWith('__')) continue;
    for (const [fieldName, field] of Object.entries((type as WithFields).getFields?.() ?? {})) {
      for (const arg of field.args ?? [])
        if (arg.defaultValue !== undefined) out.set(`${typeName}.${fieldName}.${arg.name}`, arg.defaultValue);
    }
  }
  return out;
}

// Read once, on first use: the SDL does not change while the process runs.
let published: ReadonlyMap<string, unknown> | undefined;

type Kinds = { number: number; string: string; boolean: boolean };

/**
 * The published SDL's default of the argument at `coordinate` (`Type.field.argument`), checked to
 * be of `kind`: a `typeof` name, or the list of values an enum may take. Throws (a bug, not a user
 * error) when the SDL gives that argument no default, or one of another kind.
 */
export function sdlDefault<K extends keyof Kinds>(coordinate: string, kind: K): Kinds[K];
export function sdlDefault<T extends string>(coordinate: string, kind: readonly T[]): T;
export function sdlDefault(coordinate: string, kind: keyof Kinds | readonly string[]): unknown {
  const value = (published ??= argumentDefaults(typeDefs())).get(coordinate);
  const fits = typeof kind === 'string' ? typeof value === kind : kind.includes(value as string);
  if (!fits)
    throw new Error(
      `schema/*.graphql gives ${coordinate} no default of ${typeof kind === 'string' ? kind : kind.join(' | ')} (found ` +
        `${JSON.stringify(value)})`,
    );
  return value;
}
