/**
 * The typed client in examples/typed/: generated from examples/operations/*.graphql by
 * examples/codegen.ts, up to date, one typed document per operation, and types a compiler holds
 * an embedder to. The operations themselves follow the rules an embedder's cache relies on.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isObjectType,
  Kind,
  parse,
  print,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { schemaSdl } from '../../src/contract/type-defs.js';
import { projectRoot } from '../../src/project-root.js';
import * as typed from '../../examples/typed/graphql.js';
import { typeErrors } from './typecheck.js';

const root = projectRoot();
const OPERATIONS = path.join(root, 'examples', 'operations');
const operationFiles = readdirSync(OPERATIONS)
  .filter((f) => f.endsWith('.graphql'))
  .sort();
const operation = (file: string): OperationDefinitionNode => {
  const [definition, ...rest] = parse(readFileSync(path.join(OPERATIONS, file), 'utf8')).definitions;
  if (definition?.kind !== Kind.OPERATION_DEFINITION || rest.length > 0) throw new Error(`${file} must hold one operation`);
  return definition;
};

describe('examples: the typed client', () => {
  it('is up to date with examples/operations and schema/ (run npm run codegen after changing either)', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'kg-typed-'));
    try {
      const target = path.join(out, 'typed') + path.sep;
      const config = readFileSync(path.join(root, 'examples', 'codegen.ts'), 'utf8');
      expect(config).toContain("'examples/typed/'");
      const configFile = path.join(out, 'codegen.ts');
      writeFileSync(configFile, config.replace("'examples/typed/'", JSON.stringify(target)));
      execFileSync(path.join(root, 'node_modules', '.bin', 'graphql-codegen'), ['--config', configFile, '--silent'], {
        cwd: root,
        stdio: 'pipe',
      });
      const files = (dir: string) => readdirSync(dir).sort();
      expect(files(path.join(root, 'examples', 'typed'))).toEqual(files(target));
      for (const f of files(target)) {
        expect(readFileSync(path.join(root, 'examples', 'typed', f), 'utf8'), f).toBe(readFileSync(path.join(target, f), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('exports one typed document per operation file, holding that operation', () => {
    const exported = Object.entries(typed as Record<string, unknown>).filter(([name]) => name.endsWith('Document'));
    expect(exported.map(([name]) => name).sort()).toEqual(operationFiles.map((f) => `${operation(f).name!.value}Document`).sort());
    for (const file of operationFiles) {
      const document = (typed as Record<string, unknown>)[`${operation(file).name!.value}Document`] as DocumentNode;
      expect(print(document), file).toBe(print(operation(file)));
    }
  });

  it('has the four documented operations', () => {
    expect(operationFiles).toEqual([
      'entity-neighbourhood.graphql',
      'entity-relationships.graphql',
      'relationship-evidence.graphql',
      'search-entities.graphql',
    ]);
  });

  it('compiles with the examples, and holds a caller to the operations’ variables and results', () => {
    const use = (variables: string, after = '') => `
import { EntityNeighbourhoodDocument } from '../typed/graphql.js';
import { request } from './request.js';
export async function use(): Promise<void> {
  const data = await request({ url: 'http://localhost:4000/graphql', document: EntityNeighbourhoodDocument, variables: ${variables} });
  ${after}
  void data;
}
`;
    const file = 'examples/node/typed-check.ts';
    const right = `const quotes: string[] = data.neighborhood.relationships.flatMap((r) => r.evidence.map((e) => e.quote));
  const title: string | null | undefined = data.neighborhood.relationships[0]?.evidence[0]?.article.title;
  void quotes;
  void title;`;
    expect(typeErrors({ [file]: use(`{ id: 'peru', depth: 2 }`, right) })).toEqual([]);
    // A wrong variable, a variable the operation does not take, a field it does not select.
    const errors = (variables: string, after?: string) => typeErrors({ [file]: use(variables, after) });
    expect(errors(`{ id: 7 }`)).toEqual([
      expect.stringMatching(/^examples\/node\/typed-check.ts:5: [\s\S]*'number' is not assignable to type 'string'/),
    ]);
    expect(errors(`{ id: 'peru', limit: 5 }`)).toEqual([
      expect.stringMatching(/^examples\/node\/typed-check.ts:5: [\s\S]*'limit' does not exist/),
    ]);
    expect(errors(`{ id: 'peru' }`, 'void data.neighborhood.relationships[0]?.topic;')).toEqual([
      expect.stringMatching(/^examples\/node\/typed-check.ts:6: Property 'topic' does not exist/),
    ]);
  }, 60_000);
});

/** The fields of `document` whose object type has an `id` and whose selection lacks it, as `field: Type`. */
function missingIds(schema: GraphQLSchema, document: DocumentNode | OperationDefinitionNode): string[] {
  const typeInfo = new TypeInfo(schema);
  const missing: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(field) {
        const type = getNamedType(typeInfo.getType());
        if (!field.selectionSet || !isObjectType(type) || !type.getFields().id) return;
        const selected = field.selectionSet.selections.some((s) => s.kind === Kind.FIELD && s.name.value === 'id');
        if (!selected) missing.push(`${field.name.value}: ${type.name}`);
      },
    }),
  );
  return missing;
}

describe('examples: the operations', () => {
  const schema = buildSchema(schemaSdl());

  it.each(operationFiles)('%s is one named query whose every argument is a variable', (file) => {
    const op = operation(file);
    expect(op.operation).toBe('query');
    expect(op.name?.value).toMatch(/^[A-Z][A-Za-z]+$/);
    const literals: string[] = [];
    visit(op, { Argument: (arg) => void (arg.value.kind === Kind.VARIABLE || literals.push(arg.name.value)) });
    expect(literals).toEqual([]);
  });

  it('finds an object selected without its id (the check can fail)', () => {
    const document = parse('query Q($id: ID!) { entity(id: $id) { name relationships { nodes { id source { name } } } } }');
    expect(missingIds(schema, document)).toEqual(['entity: Entity', 'source: Entity']);
  });

  it.each(operationFiles)('%s is valid against the schema and selects the id of every object that has one', (file) => {
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation(file)] };
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    expect(missingIds(schema, document)).toEqual([]);
  });
});
