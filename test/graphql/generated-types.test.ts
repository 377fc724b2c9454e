import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/project-root.js';

describe('graphql: generated resolver types', () => {
  it('are up to date with schema/*.graphql (run npm run codegen after changing the SDL)', () => {
    const root = projectRoot();
    const out = mkdtempSync(path.join(os.tmpdir(), 'kg-codegen-'));
    try {
      const target = path.join(out, 'types.ts');
      const config = readFileSync(path.join(root, 'codegen.ts'), 'utf8').replace(
        "'src/graphql/generated/types.ts'",
        JSON.stringify(target),
      );
      const configFile = path.join(root, `.codegen-check-${process.pid}.ts`);
      writeFileSync(configFile, config);
      try {
        execFileSync(path.join(root, 'node_modules', '.bin', 'graphql-codegen'), ['--config', configFile, '--silent'], {
          cwd: root,
          stdio: 'pipe',
        });
      } finally {
        rmSync(configFile, { force: true });
      }
      expect(readFileSync(target, 'utf8')).toBe(readFileSync(path.join(root, 'src/graphql/generated/types.ts'), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
