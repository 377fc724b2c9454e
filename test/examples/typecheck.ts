/** Type-checks TypeScript held in memory as if it were files of the project, with the project's compiler options. */
import path from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../../src/project-root.js';

/** The project's compiler options (tsconfig.json), without emitting. */
function projectOptions(): ts.CompilerOptions {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(projectRoot(), 'tsconfig.json'),
    { noEmit: true },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error('tsconfig.json does not parse');
  return parsed.options;
}

/**
 * The type errors of `files` (path relative to the project root → text), as `file:line: message`.
 * The files import the project's real files (examples/typed/ …) as a file at that path would; they
 * are never written to disk.
 */
export function typeErrors(files: Record<string, string>): string[] {
  const root = projectRoot();
  const virtual = new Map(Object.entries(files).map(([file, text]) => [path.join(root, file), text]));
  const options = projectOptions();
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => virtual.has(f) || fileExists.call(host, f);
  host.readFile = (f) => virtual.get(f) ?? readFile.call(host, f);
  host.getSourceFile = (f, language, ...rest) => {
    const text = virtual.get(f);
    return text === undefined ? getSourceFile.call(host, f, language, ...rest) : ts.createSourceFile(f, text, language);
  };
  const program = ts.createProgram({ rootNames: [...virtual.keys()], options, host });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return message;
    const { line } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${path.relative(root, d.file.fileName)}:${line + 1}: ${message}`;
  });
}
