/** The README's "Embedding the graph" section: its recipes, each `### title` with its fenced blocks. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/project-root.js';

/** One recipe: its title and its fenced blocks in order, each with its language. */
export interface EmbeddingRecipe {
  title: string;
  blocks: { lang: string; text: string }[];
}

/** The recipes of README's "## Embedding the graph", in order. */
export function embeddingRecipes(): EmbeddingRecipe[] {
  const readme = readFileSync(path.join(projectRoot(), 'README.md'), 'utf8');
  const section = readme.split('\n## Embedding the graph\n')[1]?.split('\n## ')[0];
  if (section === undefined) throw new Error('README.md has no "## Embedding the graph" section');
  return section
    .split('\n### ')
    .slice(1)
    .map((part) => ({
      title: part.split('\n')[0]!,
      blocks: [...part.matchAll(/^```(\w*)\n([\s\S]*?)\n```$/gm)].map((m) => ({ lang: m[1]!, text: m[2]! })),
    }));
}

/** The one block of `lang` of the recipe titled `title`; throws when there is not exactly one. */
export function recipeBlock(title: string, lang: string): string {
  const recipe = embeddingRecipes().find((r) => r.title === title);
  const blocks = recipe?.blocks.filter((b) => b.lang === lang) ?? [];
  if (blocks.length !== 1) throw new Error(`README recipe "${title}" has ${blocks.length} ${lang} blocks, not one`);
  return blocks[0]!.text;
}
