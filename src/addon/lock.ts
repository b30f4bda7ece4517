// SPEC §6: runs hold the document lock so two clicks cannot interleave.

/** A second click should be told at once that a run is in progress, not queue a second run behind it. */
const LOCK_WAIT_MS = 500;

/**
 * Runs `work` holding the document lock; when another run holds it, returns `busy()` instead.
 * getDocumentLock() is null outside a container document (a standalone run, an API call): there is no
 * spreadsheet to guard, and no run that could write one, so refuse rather than run unguarded.
 * Nothing that waits for the user (an alert) may run inside `work`: the lock would stay held until the
 * click. The caller shows its message after this returns.
 */
export function withDocumentLock<T>(work: () => T, busy: () => T, waitMs = LOCK_WAIT_MS): T {
  const lock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
  if (!lock) throw new Error('Sales Process Audit runs only inside a spreadsheet (no document lock).');
  if (!lock.tryLock(waitMs)) return busy();
  try {
    return work();
  } finally {
    // Lock.releaseLock: call SpreadsheetApp.flush() first, "to commit all pending changes to the
    // spreadsheet while you still have exclusive access to it"
    // (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()). After a failure too:
    // the writes that did happen (a staging tab removed, say) must be settled before the next run reads.
    try {
      SpreadsheetApp.flush();
    } finally {
      lock.releaseLock();
    }
  }
}
