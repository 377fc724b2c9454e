/** Finds a Java runtime that Neo4j 5.26 supports (17 or 21), never whatever `java` is first on PATH. */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SUPPORTED = [17, 21];
const JVM_DIR = '/usr/lib/jvm';

async function majorVersion(javaBin: string): Promise<number | undefined> {
  try {
    const { stderr } = await run(javaBin, ['-version']);
    const m = /version "(\d+)/.exec(stderr);
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Returns the path of a `java` binary of version 17 or 21. Looks at `preferred` (NEO4J_JAVA_HOME),
 * then `javaHome` (JAVA_HOME), then the JDKs under /usr/lib/jvm.
 * @throws Error naming what was tried when none fits.
 */
export async function findJava({ preferred, javaHome }: { preferred?: string; javaHome?: string }): Promise<string> {
  const homes: string[] = [];
  if (preferred) homes.push(preferred);
  if (javaHome) homes.push(javaHome);
  if (existsSync(JVM_DIR)) {
    const found = readdirSync(JVM_DIR)
      .map((d) => path.join(JVM_DIR, d))
      .sort((a, b) => Number(/21/.test(b)) - Number(/21/.test(a)) || a.localeCompare(b));
    homes.push(...found);
  }
  const tried: string[] = [];
  for (const home of homes) {
    const bin = path.join(home, 'bin', 'java');
    if (!existsSync(bin)) continue;
    const major = await majorVersion(bin);
    tried.push(`${bin} (${major ?? 'unknown'})`);
    if (major !== undefined && SUPPORTED.includes(major)) return bin;
  }
  throw new Error(
    `No Java 17 or 21 found for Neo4j 5.26 (tried: ${tried.join(', ') || 'nothing'}). ` +
      'Install a JDK 17 and set NEO4J_JAVA_HOME, or set NEO4J_URI to a running Neo4j.',
  );
}
