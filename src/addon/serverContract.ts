// Compile-time only (`npm run typecheck`): the sidebar's contract, ServerFunctions, is what main.ts exports,
// name for name and signature for signature, so a renamed entry point or a changed argument fails to compile
// instead of failing in the user's sidebar. Nothing imports this file, so dist/Code.js carries none of it.
import type { ServerFunctions } from '../core/server-api';
import type * as entryPoints from './main';

type EntryPoints = typeof entryPoints;
/** True when A and B are the same type (assignability both ways would let optional arguments slip). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** The server functions main.ts does not export with the contract's exact signature. */
type Mismatched = {
  [K in keyof ServerFunctions]: K extends keyof EntryPoints
    ? Same<ServerFunctions[K], EntryPoints[K]> extends true
      ? never
      : K
    : K;
}[keyof ServerFunctions];

/**
 * Fails to compile naming the server function that does not match, e.g. "Type 'true' is not assignable to
 * type '"sidebarLoad"'".
 */
export const everyServerFunctionMatches: [Mismatched] extends [never] ? true : Mismatched = true;
