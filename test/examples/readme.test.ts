/**
 * README's "Embedding the graph", run like the Recipes: each operation recipe's graphql block is an
 * operation file of examples/operations/ (every file has its recipe), and the live seeded service
 * answers it with the recipe's variables exactly as its json block shows; the Node recipe prints
 * what the README shows; the TypeScript recipe compiles against the generated types. The widget's
 * snippet is loaded in Chromium by widget.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/project-root.js';
import { useSeededService } from '../helpers/use-seeded-graph.js';
import { embeddingRecipes, recipeBlock } from './readme-section.js';
import { runExample } from './run-example.js';
import { typeErrors } from './typecheck.js';

const OPERATIONS = path.join(projectRoot(), 'examples', 'operations');
const operationFiles = readdirSync(OPERATIONS).filter((f) => f.endsWith('.graphql'));
const operationText = (file: string): string => readFileSync(path.join(OPERATIONS, file), 'utf8').trimEnd();

const NODE_RECIPE = "Print an entity's neighbourhood from Node";
const TYPESCRIPT_RECIPE = 'Use the typed documents in your own TypeScript';

/** The recipes with an operation: its graphql block, then a json block of variables and one of the answer. */
function operationRecipes() {
  return embeddingRecipes()
    .filter((r) => r.blocks.some((b) => b.lang === 'graphql'))
    .map((r) => {
      const [query, variables, output, ...rest] = r.blocks;
      if (query?.lang !== 'graphql' || variables?.lang !== 'json' || output?.lang !== 'json' || rest.length > 0)
        throw new Error(`recipe "${r.title}" must hold a graphql block, a json block of variables and a json block of its answer`);
      return {
        title: r.title,
        query: query.text,
        variables: JSON.parse(variables.text) as Record<string, unknown>,
        output: JSON.parse(output.text) as unknown,
      };
    });
}

describe('examples: the README section "Embedding the graph"', () => {
  const t = useSeededService();

  it('has a recipe for every operation of examples/operations, its graphql block the file’s text', () => {
    const shown = operationRecipes().map((r) => r.query);
    expect(operationFiles.length).toBeGreaterThanOrEqual(4);
    for (const file of operationFiles) expect(shown, file).toContain(operationText(file));
    expect(shown.length).toBe(operationFiles.length);
  });

  it.each(operationRecipes().map((r) => [r.title, r] as const))('answers "%s" exactly as the README shows', async (_title, r) => {
    expect(await t.gql(r.query, r.variables)).toEqual(r.output);
  });

  it('prints, from the Node example, what the README shows', async () => {
    const command = recipeBlock(NODE_RECIPE, 'sh');
    const match = /^KG_URL=http:\/\/localhost:4000\/graphql npx tsx examples\/node\/(\S+) (.+)$/.exec(command);
    expect(match, command).not.toBeNull();
    const run = await runExample(match![1]!, match![2]!.split(' '), `${t.url}/graphql`);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${recipeBlock(NODE_RECIPE, 'text')}\n`);
  });

  it('has a TypeScript recipe that compiles against the generated types, and a type error in it would not', () => {
    const code = recipeBlock(TYPESCRIPT_RECIPE, 'ts');
    // As a module of examples/, whose imports the recipe's are.
    const file = 'examples/readme-recipe.ts';
    expect(typeErrors({ [file]: code })).toEqual([]);
    const broken = code.replace(/variables: \{ text: /, 'variables: { txt: ');
    expect(broken).not.toBe(code);
    expect(typeErrors({ [file]: broken }).length).toBeGreaterThan(0);
  }, 60_000);
});
