/**
 * Waits until `done()` holds, checking every 200 ms, for at most `ceilingMs`; says whether it held.
 * Give it a generous ceiling (a machine at a load of 11 on 2 cores must pass): it catches work that
 * never gets there, not work that is slow.
 */
export async function waitUntil(done: () => boolean | Promise<boolean>, ceilingMs: number): Promise<boolean> {
  const until = Date.now() + ceilingMs;
  while (Date.now() < until) {
    if (await done()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return done();
}
