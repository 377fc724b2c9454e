import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/project-root.js';
import { useSeededService } from '../helpers/use-seeded-graph.js';

/** The README's recipes: each `### question` with a graphql block and the json block of its output. */
function recipes(): { title: string; query: string; output: unknown }[] {
  const readme = readFileSync(path.join(projectRoot(), 'README.md'), 'utf8');
  const section = readme.split('\n## Recipes\n')[1]!.split('\n## ')[0]!;
  return section
    .split('\n### ')
    .slice(1)
    .map((part) => {
      const title = part.split('\n')[0]!;
      const query = /```graphql\n([\s\S]*?)\n```/.exec(part)?.[1];
      const output = /```json\n([\s\S]*?)\n```/.exec(part)?.[1];
      if (!query || !output) throw new Error(`recipe "${title}" lacks a graphql or json block`);
      return { title, query, output: JSON.parse(output) as unknown };
    });
}

describe('graphql: the README recipes', () => {
  const t = useSeededService();

  it('has the three researcher questions', () => {
    expect(recipes().map((r) => r.title)).toEqual(
      expect.arrayContaining([
        'How is Boluarte connected to COSCO?',
        'Which actors touch the Belt and Road Initiative?',
        'What is the evidence for the USD 2.9 billion?',
      ]),
    );
  });

  it.each(recipes().map((r) => [r.title, r] as const))('answers "%s" exactly as the README shows', async (_title, r) => {
    expect(await t.gql(r.query)).toEqual(r.output);
  });
});
