import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { AppError } from '../../src/errors.js';
import { ConfigError } from '../../src/config.js';

/** Runs a tool's main through runCli with process.exit and console.error caught; resolves on exit. */
function runTool(main: (args: string[]) => Promise<number>, argv = ['node', 'tool.ts']): Promise<{ code: unknown; printed: unknown[][] }> {
  return new Promise((resolve) => {
    // A second spyOn in the same test returns the same spy: start its record afresh.
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    error.mockClear();
    vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      resolve({ code, printed: [...error.mock.calls] });
      return undefined as never;
    }) as typeof process.exit);
    vi.spyOn(process, 'argv', 'get').mockReturnValue(argv);
    runCli(main);
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('cli: runCli', () => {
  it('gives main the arguments after the script and exits with its code', async () => {
    const seen: string[][] = [];
    const main = async (args: string[]) => {
      seen.push(args);
      return 3;
    };
    expect(await runTool(main, ['node', 'src/cli/export.ts', '--out', 'snap'])).toEqual({ code: 3, printed: [] });
    expect(seen).toEqual([['--out', 'snap']]);
    expect(await runTool(async () => 0)).toEqual({ code: 0, printed: [] });
  });

  it('prints only the message of a configuration or domain error, and exits with 1', async () => {
    const config = await runTool(async () => {
      throw new ConfigError(['NEO4J_URI: Invalid URL']);
    });
    expect(config).toEqual({ code: 1, printed: [['Invalid configuration:\n  - NEO4J_URI: Invalid URL']] });
    const domain = await runTool(async () => {
      throw new AppError('NOT_FOUND', 'No article a-1');
    });
    expect(domain).toEqual({ code: 1, printed: [['No article a-1']] });
  });

  it('prints any other error whole, stack included, and exits with 1', async () => {
    const bug = new TypeError('x is undefined');
    const result = await runTool(async () => {
      throw bug;
    });
    expect(result.code).toBe(1);
    expect(result.printed).toHaveLength(1);
    expect(result.printed[0]![0]).toBe(bug);
    expect(await runTool(() => Promise.reject('plain text'))).toEqual({ code: 1, printed: [['plain text']] });
  });
});
