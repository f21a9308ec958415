// A compile-time check that what a snapshot saves as JSON comes back the same:
// a field that JSON would silently lose (a Map, a Set, a function, a Date)
// fails to compile where the snapshot says its data is plain.

/** true when T survives JSON.stringify/parse unchanged: no Map, Set, function or class instance inside. */
export type IsPlainData<T> = T extends string | number | boolean | null | undefined
  ? true
  : T extends (...args: never[]) => unknown
    ? false
    : T extends ReadonlyMap<unknown, unknown> | ReadonlySet<unknown> | Date | RegExp
      ? false
      : T extends ReadonlyArray<infer U>
        ? AllTrue<IsPlainData<U>>
        : T extends object
          ? AllTrue<{ [K in keyof T]-?: IsPlainData<T[K]> }[keyof T]>
          : false;
type AllTrue<T> = [T] extends [true] ? true : false;
