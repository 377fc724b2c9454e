/**
 * The repository stands alone: a clone with nothing beside it builds and passes. No tracked file
 * names an absolute path of a machine or a path that leads outside the repository root.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
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

/** Files whose relative paths are relative to another folder: codegen's mappers, to the generated file; ESLint's import patterns. */
const RELATIVE_TO: Record<string, string> = {
  'codegen.ts': 'src/graphql/generated',
  // Import patterns of the layer rules, relative to the files they apply to (two levels under src/ at most).
  'eslint.config.js': 'src/store/cypher',
};

/** Every problem of one file's text, as `file:line: what`. */
function problems(file: string, content: string): string[] {
  const out: string[] = [];
  content.split('\n').forEach((line, i) => {
    const at = `${file}:${i + 1}`;
    for (const m of line.matchAll(MACHINE_PATH))
      out.push(`${at}: absolute machine path near "${line.slice(m.index, m.index + 40).trim()}"`);
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
    const found = tracked
      .filter((f) => f !== 'package-lock.json' && f !== 'test/repository.test.ts')
      .flatMap((f) => {
        const content = text(f);
        return content === undefined ? [] : problems(f, content);
      });
    expect(found).toEqual([]);
  });

  it('keeps the seed article beside its bundle', () => {
    expect(tracked).toContain('seeds/huawei-peru-ai-training-deal.txt');
  });
});

/** The folders the README's Layout block names (its first column), without trailing slashes. */
function layoutFolders(readme: string): string[] {
  const block = /## Layout\n[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  return block.split('\n').flatMap((line) => (/^(\S+)\/\s/.exec(line) ? [/^(\S+)\/\s/.exec(line)![1]!] : []));
}

describe('repository: the README Layout', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const folders = (dir: string): string[] =>
    [
      ...new Set(
        tracked.filter((f) => f.startsWith(dir) && f.slice(dir.length).includes('/')).map((f) => dir + f.slice(dir.length).split('/')[0]),
      ),
    ].sort();

  it('reads the folders of the Layout block (the check can fail)', () => {
    expect(layoutFolders('## Layout\n\n```\nsrc/a/          x\nsrc/b.ts        y\n  continued\nbench/  z\n```\n')).toEqual([
      'src/a',
      'bench',
    ]);
  });

  it('names every tracked folder at the top and under src/ and public/, and no folder that is not there', () => {
    const named = layoutFolders(readme);
    // src/ and public/ are listed by their subfolders; dist/ is the build's output, not tracked.
    const expected = [
      ...folders('').filter((f) => f !== 'src' && f !== 'public' && f !== '.ci'),
      ...folders('src/'),
      ...folders('public/'),
      'src/store/cypher',
      'dist',
    ];
    expect([...named].sort()).toEqual(expected.sort());
  });
});

/** The width the formatter wraps at (printWidth in .prettierrc.json). */
const PRINT_WIDTH = (JSON.parse(readFileSync(path.join(root, '.prettierrc.json'), 'utf8')) as { printWidth: number }).printWidth;

/**
 * The lines of a script longer than `width`, as `line: length`. Prettier breaks code but not words,
 * so a comment, a string or a regular expression can still run past its width: those are broken by
 * hand. Only the lines inside a template literal that spans lines may be longer, because its line
 * breaks are part of its value (Cypher statements, Markdown).
 */
function overlongLines(fileName: string, text: string, width: number): string[] {
  const lines = text.split('\n');
  if (lines.every((l) => l.length <= width)) return [];
  const sf = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS,
  );
  const templates: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.getText(sf).includes('\n')) {
      templates.push([sf.getLineAndCharacterOfPosition(node.getStart(sf)).line, sf.getLineAndCharacterOfPosition(node.getEnd()).line]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return lines.flatMap((line, i) =>
    line.length > width && !templates.some(([a, b]) => i >= a && i <= b) ? [`${i + 1}: ${line.length}`] : [],
  );
}

describe('repository: line width', () => {
  it('finds a long comment, string or regular expression, and passes a long line of a multi-line template (the check can fail)', () => {
    const long = 'x'.repeat(50);
    expect(overlongLines('a.ts', `// ${long}\nconst a = '${long}';\nconst r = /${long}/;\nconst q = \`\n${long}\n\`;`, 40)).toEqual([
      '1: 53',
      '2: 63',
      '3: 63',
    ]);
  });

  it(`keeps every line of the TypeScript and JavaScript within the formatter's width (${PRINT_WIDTH})`, () => {
    // Generated files (the resolver types, the typed client) are written by codegen, not wrapped by hand.
    const generated = ['src/graphql/generated/', 'examples/typed/'];
    const scripts = tracked.filter((f) => /\.(ts|js|mjs)$/.test(f) && !generated.some((g) => f.startsWith(g)));
    expect(scripts.length).toBeGreaterThan(100);
    const found = scripts.flatMap((f) => {
      const content = text(f);
      return content === undefined ? [] : overlongLines(f, content, PRINT_WIDTH).map((l) => `${f}:${l}`);
    });
    expect(found).toEqual([]);
  });
});

describe('repository: tests mirror src/', () => {
  it('has a test of the same name (src/a/b.ts → test/a/b.test.ts) for at least 60 % of the source files', () => {
    // A folder's index.ts only re-exports; the generated resolver types are checked by their own test.
    const sources = tracked.filter((f) => /^src\/.*\.ts$/.test(f) && !f.endsWith('/index.ts') && !f.startsWith('src/graphql/generated/'));
    const mirrored = sources.filter((f) => tracked.includes(f.replace(/^src\//, 'test/').replace(/\.ts$/, '.test.ts')));
    expect(sources.length).toBeGreaterThan(90);
    expect(mirrored.length / sources.length).toBeGreaterThanOrEqual(0.6);
  });
});
