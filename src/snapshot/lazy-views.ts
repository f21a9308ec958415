// Read-only Maps and Sets that read from a compact source on demand. A
// snapshot restores a large index without building a Map per claim: each
// view reads its few entries from shared typed arrays when asked. The index's
// types are read-only (ReadonlyMap, ReadonlySet), so a view is never written.
//
// They implement ReadonlyMap and ReadonlySet rather than extend Map and Set:
// an instance of a subclass of Map carries an (empty) hash table of its own,
// and a check of a large corpus makes one view per candidate claim.

export abstract class ViewMap<K, V> implements ReadonlyMap<K, V> {
  abstract readonly size: number;
  abstract get(key: K): V | undefined;
  abstract has(key: K): boolean;
  /** In insertion order. */
  abstract entries(): MapIterator<[K, V]>;

  get [Symbol.toStringTag](): string {
    return "Map";
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}

export abstract class ViewSet<T> implements ReadonlySet<T> {
  abstract readonly size: number;
  abstract has(value: T): boolean;
  /** In insertion order. */
  abstract values(): SetIterator<T>;

  get [Symbol.toStringTag](): string {
    return "Set";
  }

  forEach(callback: (value: T, value2: T, set: ReadonlySet<T>) => void, thisArg?: unknown): void {
    for (const value of this.values()) callback.call(thisArg, value, value, this);
  }

  keys(): SetIterator<T> {
    return this.values();
  }

  *entries(): SetIterator<[T, T]> {
    for (const value of this.values()) yield [value, value];
  }

  [Symbol.iterator](): SetIterator<T> {
    return this.values();
  }
}
