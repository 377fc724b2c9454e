import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/project-root.js';
import { schemaSdl } from '../../src/contract/type-defs.js';
import { releasedSdlText, releasedVersion } from '../../src/contract/released-sdl.js';

/** Runs `npm run schema:release` (its script) with `args`. */
function release(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/schema-release.ts', ...args], {
    cwd: projectRoot(),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli: npm run schema:release', () => {
  it("writes the schema's SDL under a first line naming the package's version", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kg-release-'));
    try {
      const file = path.join(dir, 'released.graphql');
      const r = release([file]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const { version } = JSON.parse(await readFile(path.join(projectRoot(), 'package.json'), 'utf8')) as { version: string };
      expect(r.stdout).toMatch(new RegExp(`^Wrote the SDL of release ${version.replaceAll('.', '\\.')} to .*released\\.graphql\\.\\n$`));
      const text = await readFile(file, 'utf8');
      expect(releasedVersion(text)).toBe(version);
      expect(text).toBe(releasedSdlText(schemaSdl(), version));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('takes at most one argument', () => {
    expect(release(['a', 'b'])).toEqual({ status: 2, stdout: '', stderr: 'usage: npm run schema:release [-- <file>]\n' });
  });
});
