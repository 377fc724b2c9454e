/**
 * Checks an FtM entity stream against the FollowTheMoney model of `@alephdata/followthemoney` (the
 * npm package has the model but no validator, so the check is written over its Model API): each line
 * is `{id, schema, properties}`; the schema exists and is neither abstract nor deprecated; every
 * property exists on the schema; every value is a non-empty string within its type's length and of
 * its type (date prefixes of ISO 8601, country, language and topic codes from the model, absolute
 * http(s) URLs, numbers); entity references name an entity of the stream whose schema is of the
 * property's range; the schema's required properties, its parents' included, are given; ids are unique.
 */
import { defaultModel, Model, type Schema } from '@alephdata/followthemoney';

const model = new Model(defaultModel);

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}(?::\d{2}(?::\d{2})?)?)?)?)?$/;

/** The required properties of a schema and of every schema it extends. */
function required(schema: Schema): string[] {
  return [...new Set([...schema.required, ...schema.getExtends().flatMap(required)])];
}

/** Problems of one value of a property's type, besides entity references. */
function valueProblem(type: string, value: string, values: ReadonlyMap<string, string>): string | undefined {
  switch (type) {
    case 'date':
      return DATE.test(value) ? undefined : 'is not an FtM date';
    case 'country':
    case 'language':
    case 'topic':
    case 'gender':
      return values.has(value) ? undefined : `is not a ${type} code of the model`;
    case 'url':
      try {
        return /^https?:$/.test(new URL(value).protocol) ? undefined : 'is not an http(s) URL';
      } catch {
        return 'is not a URL';
      }
    case 'number':
      return Number.isFinite(Number(value)) ? undefined : 'is not a number';
    default:
      return value.trim() === '' ? 'is blank' : undefined;
  }
}

/** Every problem of the lines (empty when all pass), each naming the entity and property. */
export function ftmProblems(lines: readonly string[]): string[] {
  const problems: string[] = [];
  const entities = lines.map((line, i) => {
    try {
      return JSON.parse(line) as { id: unknown; schema: unknown; properties: unknown };
    } catch {
      problems.push(`line ${i + 1} is not JSON`);
      return null;
    }
  });
  const schemaOf = new Map<string, Schema>();
  for (const e of entities) {
    if (!e) continue;
    const keys = Object.keys(e).sort().join(',');
    if (keys !== 'id,properties,schema') problems.push(`${String(e.id)}: keys ${keys}`);
    const schema = typeof e.schema === 'string' ? model.schemata[e.schema] : undefined;
    if (typeof e.id !== 'string' || e.id === '' || e.id.length > model.getType('entity').maxLength) problems.push(`bad id ${String(e.id)}`);
    else if (schemaOf.has(e.id)) problems.push(`${e.id} is written twice`);
    if (!schema) problems.push(`${String(e.id)}: unknown schema ${String(e.schema)}`);
    else if (schema.abstract || schema.deprecated) problems.push(`${String(e.id)}: schema ${schema.name} is abstract or deprecated`);
    if (typeof e.id === 'string' && schema && !schemaOf.has(e.id)) schemaOf.set(e.id, schema);
  }
  for (const e of entities) {
    const schema = e && typeof e.schema === 'string' ? model.schemata[e.schema] : undefined;
    if (!e || typeof e.id !== 'string' || !schema) continue;
    const props = (e.properties ?? {}) as Record<string, unknown>;
    for (const name of required(schema)) if (!props[name]) problems.push(`${e.id}: required ${name} missing`);
    for (const [name, values] of Object.entries(props)) {
      if (!schema.hasProperty(name)) {
        problems.push(`${e.id}: ${schema.name} has no property ${name}`);
        continue;
      }
      const prop = schema.getProperty(name);
      if (!Array.isArray(values) || values.length === 0) {
        problems.push(`${e.id}.${name}: not a non-empty list`);
        continue;
      }
      for (const v of values as unknown[]) {
        if (typeof v !== 'string' || v === '') problems.push(`${e.id}.${name}: ${JSON.stringify(v)} is not a non-empty string`);
        else if (v.length > prop.type.maxLength) problems.push(`${e.id}.${name}: longer than ${prop.type.maxLength}`);
        else if (prop.type.isEntity) {
          const target = schemaOf.get(v);
          if (!target) problems.push(`${e.id}.${name}: ${v} is not in the stream`);
          else if (!target.isA(prop.getRange()))
            problems.push(`${e.id}.${name}: ${v} is a ${target.name}, out of the range ${prop.getRange().name}`);
        } else {
          const problem = valueProblem(prop.type.name, v, prop.type.values);
          if (problem) problems.push(`${e.id}.${name}: ${JSON.stringify(v)} ${problem}`);
        }
      }
    }
  }
  return problems;
}

/** The model, for tests that ask it about schemata. */
export const ftmModel = model;
