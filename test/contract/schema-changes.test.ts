/**
 * Schema change control: the schema (schema/*.graphql) against the last released SDL
 * (schema/released.graphql), compared offline with @graphql-inspector/core. A breaking change
 * passes only when CHANGELOG.md's "Unreleased" section names its schema coordinate in backticks
 * (`Query.entity`, `CandidateEntity.id`); so a client's author reads of it before it ships.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { RELEASED_SDL_FILE, schemaSdl } from '../../src/contract/type-defs.js';
import { releasedVersion } from '../../src/contract/released-sdl.js';
import { projectRoot } from '../../src/project-root.js';

const root = projectRoot();
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

// The schemas are built with the copy of graphql that @graphql-inspector/core loads (its CommonJS
// build requires graphql's), which refuses the types of another copy.
const { buildASTSchema, parse } = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const schemaOf = (sdl: string) => buildASTSchema(parse(sdl), { assumeValidSDL: true });

/** The text of a change log's section: `## <title>` up to the next `## `. */
function section(changelog: string, title: RegExp): string {
  return changelog.split(/^## /m).find((s) => title.test(s.split('\n')[0]!)) ?? '';
}

/** The changes from `released` to `current`, and the breaking ones the change log's Unreleased section does not name. */
async function check(released: string, current: string, changelog: string): Promise<{ changes: Change[]; unlisted: string[] }> {
  const changes = await diff(schemaOf(released), schemaOf(current));
  const unreleased = section(changelog, /^Unreleased\b/);
  const unlisted = changes
    .filter((c) => c.criticality.level === CriticalityLevel.Breaking)
    .filter((c) => !unreleased.includes(`\`${c.path ?? ''}\``))
    .map((c) => `${c.path ?? '(schema)'}: ${c.message}`);
  return { changes, unlisted };
}

describe('contract: schema changes since the last release', () => {
  const released = read(`schema/${RELEASED_SDL_FILE}`);
  const changelog = read('CHANGELOG.md');

  it('lists in CHANGELOG.md every breaking change since the released SDL', async () => {
    const { changes, unlisted } = await check(released, schemaSdl(), changelog);
    expect(unlisted).toEqual([]);
    // The comparison sees this release's additions (the check compares something).
    expect(changes.map((c) => c.path)).toEqual(expect.arrayContaining(['Query.node', 'Query.nodes', 'CandidateEntity.suggestedId']));
  });

  it('names a released version that the change log has a section for', () => {
    const version = releasedVersion(released);
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(section(changelog, new RegExp(`^${version!.replaceAll('.', '\\.')}\\b`))).not.toBe('');
  });

  it('fails on a removed field or a changed type until the Unreleased section names it', async () => {
    const before = 'type Query { entity(id: ID!): String  count: Int  gone: Int }';
    const after = 'type Query { entity(id: ID!): String  count: String }';
    const log = (unreleased: string) =>
      `# Changelog\n\n## Unreleased\n\n${unreleased}\n\n## 0.1.0 — 2026-01-01\n\n- \`Query.gone\` added\n`;
    expect((await check(before, after, log('- nothing'))).unlisted).toEqual([
      "Query.gone: Field 'gone' was removed from object type 'Query'",
      "Query.count: Field 'Query.count' changed type from 'Int' to 'String'",
    ]);
    expect((await check(before, after, log('### Removed\n\n- `Query.gone`'))).unlisted).toEqual([
      "Query.count: Field 'Query.count' changed type from 'Int' to 'String'",
    ]);
    expect((await check(before, after, log('- `Query.gone` removed; `Query.count` is a String'))).unlisted).toEqual([]);
    expect((await check(before, `${before} type Extra { x: Int }`, log(''))).unlisted).toEqual([]);
  });
});
