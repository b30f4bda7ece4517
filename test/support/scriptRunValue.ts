// What google.script.run carries between the sidebar and the server, by Apps Script's rules
// (https://developers.google.com/apps-script/guides/html/reference/run, "Parameters"): "Legal parameters
// are JavaScript primitives like a Number, Boolean, String, or null, as well as JavaScript objects and
// arrays that are composed of primitives, objects, and arrays. … Requests fail if you attempt to pass a
// Date, Function, DOM element besides a form, or other prohibited type, including prohibited types inside
// objects or arrays. Objects that create circular references will also fail, and undefined fields within
// arrays become null." Return values follow the same rules (a Date inside one fails the call).
//
// Self-contained on purpose: the sidebar harness installs its source text in the browser page too, so the
// client stand-in and the bundle tests apply one rule.

/**
 * A copy of `value` as the other side receives it; throws, naming the path, for what Apps Script refuses:
 * a Date, a function, a class instance (any object whose prototype is not a plain Object's, in any realm),
 * a symbol or bigint, a non-finite number, a circular reference. `undefined` inside an array becomes null;
 * an undefined field is dropped.
 */
export function scriptRunCopy(value: unknown, path = 'value'): unknown {
  const seen: object[] = [];
  function isPlainObject(candidate: object): boolean {
    const proto = Object.getPrototypeOf(candidate) as object | null;
    // Object.prototype of any realm (the vm bundle and the page have their own) has a null prototype.
    return proto === null || Object.getPrototypeOf(proto) === null;
  }
  function refuse(at: string, what: string): never {
    throw new Error(`google.script.run cannot carry ${what} (at ${at}).`);
  }
  function copy(item: unknown, at: string): unknown {
    if (item === null || typeof item === 'string' || typeof item === 'boolean') return item;
    if (typeof item === 'number') return Number.isFinite(item) ? item : refuse(at, `the number ${item}`);
    if (typeof item === 'undefined') return undefined;
    if (typeof item === 'function') return refuse(at, 'a function');
    if (typeof item !== 'object') return refuse(at, `a ${typeof item}`);
    if (Object.prototype.toString.call(item) === '[object Date]') return refuse(at, 'a Date');
    if (seen.includes(item)) return refuse(at, 'a circular reference');
    seen.push(item);
    let result: unknown;
    if (Array.isArray(item)) {
      result = item.map((element: unknown, index) => {
        const copied = copy(element, `${at}[${index}]`);
        return copied === undefined ? null : copied;
      });
    } else {
      const proto = Object.getPrototypeOf(item) as { constructor?: { name?: string } } | null;
      if (!isPlainObject(item)) refuse(at, `an instance of ${proto?.constructor?.name ?? 'a class'}`);
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(item)) {
        const copied = copy((item as Record<string, unknown>)[key], `${at}.${key}`);
        if (copied !== undefined) out[key] = copied;
      }
      result = out;
    }
    seen.pop();
    return result;
  }
  return copy(value, path);
}
