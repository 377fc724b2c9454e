/**
 * The widget carries its operation inline (it needs no build step): it must stay the text the typed
 * client sends and the trusted-documents manifest holds, or its answer would not have the generated
 * type and TRUSTED_DOCUMENTS=require would refuse it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/project-root.js';
import { EntityNeighbourhoodDocument } from '../../examples/typed/graphql.js';

const root = projectRoot();
const widget = readFileSync(path.join(root, 'examples/widget/kg-neighbourhood.js'), 'utf8');
const inline = /export const ENTITY_NEIGHBOURHOOD = `([^`]*)`;/.exec(widget)?.[1];

describe('examples: the widget’s inline operation', () => {
  it('is the typed client’s EntityNeighbourhood, byte for byte', () => {
    expect(inline).toBeDefined();
    expect(inline).toBe(print(EntityNeighbourhoodDocument));
  });

  it('is in the trusted-documents manifest under its SHA-256', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'documents/manifest.json'), 'utf8')) as {
      operations: { id: string; body: string }[];
    };
    const id = createHash('sha256').update(inline!).digest('hex');
    expect(manifest.operations.find((o) => o.id === id)?.body).toBe(inline);
  });
});
