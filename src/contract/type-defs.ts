/** The SDL, read from schema/*.graphql (the one source of the schema). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gql } from 'graphql-tag';
import type { DocumentNode } from 'graphql';
import { projectRoot } from '../project-root.js';

/** The schema's SDL text, files joined in name order. */
export function schemaSdl(dir = path.join(projectRoot(), 'schema')): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

/** The parsed type definitions. */
export function typeDefs(): DocumentNode {
  return gql(schemaSdl());
}
