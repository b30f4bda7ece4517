// SPEC §6: runs hold the document lock so two clicks cannot interleave.

/** A second click should be told at once that a run is in progress, not queue a second run behind it. */
const LOCK_WAIT_MS = 500;

/**
 * Runs `work` holding the document lock; when another run holds it, returns `busy()` instead.
 * getDocumentLock() is null outside a container document (a standalone run, an API call): there is no
 * spreadsheet to guard, and no run that could write one, so refuse rather than run unguarded.
 */
export function withDocumentLock<T>(work: () => T, busy: () => T): T {
  const lock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
  if (!lock) throw new Error('Sales Process Audit runs only inside a spreadsheet (no document lock).');
  if (!lock.tryLock(LOCK_WAIT_MS)) return busy();
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
