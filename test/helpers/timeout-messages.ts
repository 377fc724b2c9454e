/** The messages the gateway gives a transaction stopped by its timeout, as the tests of the timeouts expect them. */

/** An API read stopped by NEO4J_QUERY_TIMEOUT_MS. */
export const READ_MESSAGE = 'The query took too long and was stopped; narrow it (fewer hops, smaller first).';
/** An API write stopped by NEO4J_QUERY_TIMEOUT_MS. */
export const WRITE_MESSAGE = 'The write took too long and was stopped; nothing of it was saved. Try again shortly.';
/** Maintenance work `task` stopped by NEO4J_MAINTENANCE_TIMEOUT_MS of `ms`. */
export const maintenanceMessage = (task: string, ms: number): string =>
  `${task} was stopped after NEO4J_MAINTENANCE_TIMEOUT_MS (${ms} ms); its open transaction was rolled back. Raise ` +
  `NEO4J_MAINTENANCE_TIMEOUT_MS (0 = no limit) and run it again.`;
