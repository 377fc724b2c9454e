/**
 * The repository stands alone: a clone with nothing beside it builds and passes. No tracked file
 * names an absolute path of a machine or a path that leads outside the repository root.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/project-root.js';

const root = projectRoot();
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
/** A tracked file's text; undefined for a binary file or one deleted in the working tree. */
const text = (file: string): string | undefined => {
  if (!existsSync(path.join(root, file))) return undefined;
  const buf = readFileSync(path.join(root, file));
  return buf.includes(0) ? undefined : buf.toString('utf8');
};

/** Home folders and this workplace's folders: a path under one names somebody's machine. */
const MACHINE_PATH = /(?<![\w.~-])(?:\/(?:work|home|root|Users)\/[\w.-]|[A-Za-z]:\\(?:Users|work)\\)/g;
/** A relative path that climbs (`../x`), and a path built with a '..' segment (`path.join(root, '..', 'x')`). */
const CLIMB = /(?:\.\.\/)+(?:[\w@.-]+\/)*[\w@.-]*/g;
const JOINED_UP = /['"]\.\.['"]\s*,\s*['"][^'"]+['"]/g;

/** Files whose relative paths are relative to another folder: codegen's mappers, to the generated file. */
const RELATIVE_TO: Record<string, string> = { 'codegen.ts': 'src/graphql/generated' };

/** Every problem of one file's text, as `file:line: what`. */
function problems(file: string, content: string): string[] {
  const out: string[] = [];
  content.split('\n').forEach((line, i) => {
    const at = `${file}:${i + 1}`;
    for (const m of line.matchAll(MACHINE_PATH)) out.push(`${at}: absolute machine path near "${line.slice(m.index, m.index + 40).trim()}"`);
    for (const m of line.matchAll(JOINED_UP)) out.push(`${at}: path built upward out of a folder: ${m[0]}`);
    for (const m of line.matchAll(CLIMB)) {
      const target = path.resolve(root, RELATIVE_TO[file] ?? path.dirname(file), m[0]);
      if (path.relative(root, target).startsWith('..')) out.push(`${at}: "${m[0]}" leads outside the repository`);
    }
  });
  return out;
}

describe('repository: tracked files', () => {
  it('finds the kinds of path it looks for (the check can fail)', () => {
    expect(problems('test/helpers/x.ts', "const A = path.join(projectRoot(), '..', 'shared', 'articles');")).toHaveLength(1);
    expect(problems('seeds/x.yaml', '# verbatim substring of /work/shared/articles/a.txt')).toHaveLength(1);
    expect(problems('README.md', 'see [the article](../shared/articles/a.txt)')).toHaveLength(1);
    expect(problems('test/a/b.test.ts', "import x from '../../src/x.js';")).toEqual([]);
    expect(problems('Dockerfile', 'COPY . /app/ # and /usr/lib/jvm')).toEqual([]);
  });

  it('hold no absolute machine path and no path leading outside the repository', () => {
    expect(tracked.length).toBeGreaterThan(50);
    // This file's own examples above are the paths it looks for.
    const found = tracked.filter((f) => f !== 'package-lock.json' && f !== 'test/repository.test.ts').flatMap((f) => {
      const content = text(f);
      return content === undefined ? [] : problems(f, content);
    });
    expect(found).toEqual([]);
  });

  it('keeps the seed article beside its bundle', () => {
    expect(tracked).toContain('seeds/huawei-peru-ai-training-deal.txt');
  });
});
