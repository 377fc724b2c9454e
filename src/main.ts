/** `npm start`: reads the config once, starts the service, and stops it cleanly on SIGINT/SIGTERM. */
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startService } from './service.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger({ level: config.logLevel });
  let stopping = false;
  const pendingSignals: NodeJS.Signals[] = [];
  const early = (signal: NodeJS.Signals): void => {
    pendingSignals.push(signal);
  };
  process.on('SIGINT', early).on('SIGTERM', early);

  let service;
  try {
    service = await startService({ config, logger });
  } catch (err) {
    logger.fatal({ err }, 'could not start');
    process.exit(1);
  }
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, 90_000);
    force.unref();
    try {
      await service.stop();
      logger.info('stopped');
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'error while stopping');
      process.exit(1);
    }
  };
  process.off('SIGINT', early).off('SIGTERM', early);
  process.on('SIGINT', () => void shutdown('SIGINT')).on('SIGTERM', () => void shutdown('SIGTERM'));
  if (pendingSignals.length) await shutdown(pendingSignals[0]!);
}

void main();
