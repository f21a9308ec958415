// Maps and Sets that read from a compact source until something changes
// them. The compiled cache restores a large index without building a Map per
// claim: each reads its few entries from shared typed arrays, on demand, and
// only becomes an ordinary Map or Set (a copy of its view) if it is ever
// written to. A subclass says how to read the view.
//

// They implement Map and Set rather than extend them: an instance of a
// subclass of Map carries an (empty) hash table of its own, and a check of a
// large corpus makes one view per candidate claim.

export abstract class ViewMap<K, V> implements Map<K, V> {
  /** The ordinary Map this view became when it was written to. */
  #own: Map<K, V> | undefined;

  protected abstract viewSize(): number;
  protected abstract viewGet(key: K): V | undefined;
  protected abstract viewHas(key: K): boolean;
  /** In insertion order. */
  protected abstract viewEntries(): MapIterator<[K, V]>;

  get [Symbol.toStringTag](): string {
    return "Map";
  }

  #owned(): Map<K, V> {
    return (this.#own ??= new Map(this.viewEntries()));
  }

  get(key: K): V | undefined {
    return this.#own !== undefined ? this.#own.get(key) : this.viewGet(key);
  }

  has(key: K): boolean {
    return this.#own !== undefined ? this.#own.has(key) : this.viewHas(key);
  }

  get size(): number {
    return this.#own !== undefined ? this.#own.size : this.viewSize();
  }

  set(key: K, value: V): this {
    this.#owned().set(key, value);
    return this;
  }

  delete(key: K): boolean {
    return this.#owned().delete(key);
  }

  clear(): void {
    this.#own = new Map();
  }

  forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  entries(): MapIterator<[K, V]> {
    return this.#own !== undefined ? this.#own.entries() : this.viewEntries();
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

export abstract class ViewSet<T> implements Set<T> {
  #own: Set<T> | undefined;

  protected abstract viewSize(): number;
  protected abstract viewHas(value: T): boolean;
  /** In insertion order. */
  protected abstract viewValues(): SetIterator<T>;

  get [Symbol.toStringTag](): string {
    return "Set";
  }

  #owned(): Set<T> {
    return (this.#own ??= new Set(this.viewValues()));
  }

  has(value: T): boolean {
    return this.#own !== undefined ? this.#own.has(value) : this.viewHas(value);
  }

  get size(): number {
    return this.#own !== undefined ? this.#own.size : this.viewSize();
  }

  add(value: T): this {
    this.#owned().add(value);
    return this;
  }

  delete(value: T): boolean {
    return this.#owned().delete(value);
  }

  clear(): void {
    this.#own = new Set();
  }

  forEach(callback: (value: T, value2: T, set: Set<T>) => void, thisArg?: unknown): void {
    for (const value of this.values()) callback.call(thisArg, value, value, this);
  }

  values(): SetIterator<T> {
    return this.#own !== undefined ? this.#own.values() : this.viewValues();
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

/** What a LazyMap reads from. */
export interface MapSource<K, V> {
  readonly size: number;
  get(key: K): V | undefined;
  has(key: K): boolean;
  entries(): MapIterator<[K, V]>;
}

/** A ViewMap over any source object. */
export class LazyMap<K, V> extends ViewMap<K, V> {
  readonly #source: MapSource<K, V>;

  constructor(source: MapSource<K, V>) {
    super();
    this.#source = source;
  }

  protected viewSize(): number {
    return this.#source.size;
  }

  protected viewGet(key: K): V | undefined {
    return this.#source.get(key);
  }

  protected viewHas(key: K): boolean {
    return this.#source.has(key);
  }

  protected viewEntries(): MapIterator<[K, V]> {
    return this.#source.entries();
  }
}
