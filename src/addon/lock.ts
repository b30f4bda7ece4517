// SPEC §6: runs hold the document lock so two clicks cannot interleave.

/** A second click should be told at once that a run is in progress, not queue a second run behind it. */
const LOCK_WAIT_MS = 500;

/** Runs `work` holding the document lock; when another run holds it, returns `busy()` instead. */
export function withDocumentLock<T>(work: () => T, busy: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return busy();
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
