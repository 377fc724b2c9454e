import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/project-root.js';

/** Runs `npm run documents` (its script) with `env` on top of this process's environment. */
function documents(args: string[], env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/documents.ts', ...args], {
    cwd: projectRoot(),
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli: npm run documents', () => {
  it('writes the manifest to TRUSTED_DOCUMENTS_MANIFEST, the same bytes as the committed one, and says what it wrote', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-documents-'));
    try {
      const file = path.join(dir, 'nested', 'manifest.json');
      const r = documents([], { TRUSTED_DOCUMENTS_MANIFEST: file });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Wrote \d+ operations \(\d+ queries, 3 mutations\) to .*manifest\.json\.\n$/);
      expect(await readFile(file, 'utf8')).toBe(await readFile(path.join(projectRoot(), 'documents/manifest.json'), 'utf8'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('takes no arguments', () => {
    expect(documents(['extra'], {})).toEqual({ status: 2, stdout: '', stderr: 'usage: npm run documents\n' });
  });
});
