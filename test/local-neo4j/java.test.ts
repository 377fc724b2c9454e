import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findJava } from '../../src/local-neo4j/java.js';

let root: string;

/** A JDK home whose bin/java prints `versionLine` to stderr for -version, as java does. */
async function fakeJdk(name: string, versionLine: string, exitCode = 0): Promise<string> {
  const home = path.join(root, name);
  await mkdir(path.join(home, 'bin'), { recursive: true });
  const java = path.join(home, 'bin', 'java');
  await writeFile(java, `#!/bin/sh\necho '${versionLine}' >&2\necho 'OpenJDK Runtime Environment' >&2\nexit ${exitCode}\n`);
  await chmod(java, 0o755);
  return home;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'java-test-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

// Only cases a supported fake JDK decides: with none, findJava goes on to this machine's /usr/lib/jvm.
describe('local-neo4j: findJava', () => {
  it('takes the preferred home first when its java is 17 or 21', async () => {
    const preferred = await fakeJdk('pref-17', 'openjdk version "17.0.12" 2024-07-16');
    const javaHome = await fakeJdk('home-21', 'openjdk version "21.0.4" 2024-07-16 LTS');
    expect(await findJava({ preferred, javaHome })).toBe(path.join(preferred, 'bin', 'java'));
    expect(await findJava({ javaHome })).toBe(path.join(javaHome, 'bin', 'java'));
  });

  it('passes over a version Neo4j 5.26 does not run on, old-style "1.8" included', async () => {
    const javaHome = await fakeJdk('home-21b', 'java version "21" 2023-09-19');
    for (const [name, line] of [
      ['v11', 'openjdk version "11.0.2" 2019-01-15'],
      ['v8', 'java version "1.8.0_392"'],
      ['v25', 'openjdk version "25" 2025-09-16'],
    ]) {
      const preferred = await fakeJdk(name!, line!);
      expect(await findJava({ preferred, javaHome }), line).toBe(path.join(javaHome, 'bin', 'java'));
    }
  });

  it('passes over a home without bin/java, a java that fails, and output without a version', async () => {
    const javaHome = await fakeJdk('home-17', 'openjdk version "17" 2021-09-14');
    const empty = path.join(root, 'empty');
    await mkdir(empty);
    const failing = await fakeJdk('failing', 'openjdk version "17.0.1"', 1);
    const garbled = await fakeJdk('garbled', 'no version here');
    for (const preferred of [empty, failing, garbled]) {
      expect(await findJava({ preferred, javaHome }), preferred).toBe(path.join(javaHome, 'bin', 'java'));
    }
  });
});
