/**
 * The SDL, read from schema/*.graphql (the one source of the schema), all but released.graphql:
 * the last released SDL, which the change check compares it with (test/contract/schema-changes.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gql } from 'graphql-tag';
import type { DocumentNode } from 'graphql';
import { projectRoot } from '../project-root.js';

/** The file of schema/ that holds the last released SDL, not part of the schema served. */
export const RELEASED_SDL_FILE = 'released.graphql';

/** The schema's SDL text, files joined in name order. */
export function schemaSdl(dir = path.join(projectRoot(), 'schema')): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql') && f !== RELEASED_SDL_FILE)
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

/** The parsed type definitions. */
export function typeDefs(): DocumentNode {
  return gql(schemaSdl());
}
