/**
 * Provisions Neo4j Community from Maven Central into a cache folder: the server's jars are
 * resolved by Maven once, and every later start reuses them without touching the network.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

function pom(version: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.china-peru-kg</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>${version}</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>${version}</version></dependency>
    <dependency><groupId>org.neo4j.app</groupId><artifactId>neo4j-server</artifactId><version>${version}</version></dependency>
  </dependencies>
</project>
`;
}

/**
 * Ensures the jars of Neo4j `version` are in `<cacheDir>/<version>/lib` and returns that folder.
 * Runs `mvn dependency:copy-dependencies` only when the folder is missing or incomplete.
 */
export async function ensureNeo4jJars({
  version,
  cacheDir,
  log = () => undefined,
}: {
  version: string;
  cacheDir: string;
  log?: (msg: string) => void;
}): Promise<string> {
  const home = path.join(cacheDir, version);
  const lib = path.join(home, 'lib');
  const marker = path.join(home, '.complete');
  if (existsSync(marker)) return lib;

  log(`Fetching Neo4j ${version} from Maven Central into ${home} (first run only)…`);
  await rm(lib, { recursive: true, force: true });
  await mkdir(home, { recursive: true });
  await writeFile(path.join(home, 'pom.xml'), pom(version));
  try {
    await run('mvn', ['-B', '-q', 'dependency:copy-dependencies', `-DoutputDirectory=${lib}`, '-DincludeScope=runtime'], {
      cwd: home,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; code?: string };
    if (e.code === 'ENOENT') throw new Error('Maven (mvn) is not on PATH: install Maven 3 or set NEO4J_URI to a running Neo4j.');
    throw new Error(`Maven could not fetch Neo4j ${version}:\n${(e.stdout ?? '') + (e.stderr ?? '')}`.trim());
  }
  const jars = (await readdir(lib)).filter((f) => f.endsWith('.jar'));
  if (!jars.some((j) => j.startsWith(`neo4j-${version}`))) {
    throw new Error(`Maven finished but ${lib} holds no neo4j-${version}.jar`);
  }
  await writeFile(marker, `${jars.length} jars\n`);
  return lib;
}
