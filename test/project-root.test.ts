import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/project-root.js';

describe('project: projectRoot', () => {
  it('is the folder holding the project’s package.json', () => {
    expect(projectRoot()).toBe(path.resolve(import.meta.dirname, '..'));
    expect(JSON.parse(readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')).name).toBe('china-peru-kg');
  });

  it('gives the same answer every time', () => {
    expect(projectRoot()).toBe(projectRoot());
  });
});
