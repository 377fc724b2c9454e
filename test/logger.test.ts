import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const LOGGER = new URL('../src/logger.ts', import.meta.url).href;
const LEVELS = ['debug', 'info', 'warn'];

/**
 * The JSON lines loggers at each of LEVELS write for one debug and one info record, by level.
 * pino writes to file descriptor 1 itself, so the loggers run in a child process whose output is
 * read; each record names its logger in `by`, as the streams may interleave.
 */
async function logLines(): Promise<Record<string, Record<string, unknown>[]>> {
  const script = `
    import { createLogger } from ${JSON.stringify(LOGGER)};
    for (const level of ${JSON.stringify(LEVELS)}) {
      const logger = createLogger({ level });
      logger.debug({ by: level }, 'details');
      logger.info({ by: level, password: 'p1', user: { name: 'ana', password: 'p2' }, req: { headers: { authorization: 'Bearer s1', host: 'kg' } }, headers: { authorization: 'Bearer s2' } }, 'hello');
    }
  `;
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script]);
  const lines = stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return Object.fromEntries(LEVELS.map((level) => [level, lines.filter((l) => l.by === level)]));
}

let byLevel: Record<string, Record<string, unknown>[]>;

beforeAll(async () => {
  byLevel = await logLines();
});

describe('logger: createLogger', () => {
  it('writes JSON lines naming the service, with passwords and authorization headers redacted', () => {
    const [line, ...more] = byLevel.info!;
    expect(more).toEqual([]);
    expect(typeof line!.time).toBe('number');
    expect({ ...line, time: 0 }).toEqual({
      level: 30,
      time: 0,
      service: 'china-peru-kg',
      by: 'info',
      password: '[redacted]',
      user: { name: 'ana', password: '[redacted]' },
      req: { headers: { authorization: '[redacted]', host: 'kg' } },
      headers: { authorization: '[redacted]' },
      msg: 'hello',
    });
  });

  it('writes records at or above its level only', () => {
    expect(byLevel.debug!.map((l) => [l.level, l.msg])).toEqual([
      [20, 'details'],
      [30, 'hello'],
    ]);
    expect(byLevel.warn).toEqual([]);
  });
});
