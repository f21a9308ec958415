// A Map and a Set that read from a compact source until something changes
// them. The compiled cache restores a large index without building a Map
// per claim: each reads its few entries from shared typed arrays, on demand,
// and only becomes an ordinary Map or Set if it is ever written to.

/** What a LazyMap reads from; entries() yields in insertion order. */
export interface MapSource<K, V> {
  readonly size: number;
  get(key: K): V | undefined;
  has(key: K): boolean;
  entries(): MapIterator<[K, V]>;
}

export interface SetSource<T> {
  readonly size: number;
  has(value: T): boolean;
  values(): SetIterator<T>;
}

export class LazyMap<K, V> extends Map<K, V> {
  #source: MapSource<K, V> | undefined;

  constructor(source: MapSource<K, V>) {
    super();
    this.#source = source;
  }

  /** From here on an ordinary Map: copies the source in, in order. */
  #own(): void {
    const source = this.#source;
    if (source === undefined) return;
    this.#source = undefined;
    for (const [key, value] of source.entries()) super.set(key, value);
  }

  override get(key: K): V | undefined {
    return this.#source !== undefined ? this.#source.get(key) : super.get(key);
  }

  override has(key: K): boolean {
    return this.#source !== undefined ? this.#source.has(key) : super.has(key);
  }

  override get size(): number {
    return this.#source !== undefined ? this.#source.size : super.size;
  }

  override set(key: K, value: V): this {
    this.#own();
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    this.#own();
    return super.delete(key);
  }

  override clear(): void {
    this.#source = undefined;
    super.clear();
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  override entries(): MapIterator<[K, V]> {
    return this.#source !== undefined ? this.#source.entries() : super.entries();
  }

  override *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  override *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}

export class LazySet<T> extends Set<T> {
  #source: SetSource<T> | undefined;

  constructor(source: SetSource<T>) {
    super();
    this.#source = source;
  }

  #own(): void {
    const source = this.#source;
    if (source === undefined) return;
    this.#source = undefined;
    for (const value of source.values()) super.add(value);
  }

  override has(value: T): boolean {
    return this.#source !== undefined ? this.#source.has(value) : super.has(value);
  }

  override get size(): number {
    return this.#source !== undefined ? this.#source.size : super.size;
  }

  override add(value: T): this {
    this.#own();
    return super.add(value);
  }

  override delete(value: T): boolean {
    this.#own();
    return super.delete(value);
  }

  override clear(): void {
    this.#source = undefined;
    super.clear();
  }

  override forEach(callback: (value: T, value2: T, set: Set<T>) => void, thisArg?: unknown): void {
    for (const value of this.values()) callback.call(thisArg, value, value, this);
  }

  override values(): SetIterator<T> {
    return this.#source !== undefined ? this.#source.values() : super.values();
  }

  override keys(): SetIterator<T> {
    return this.values();
  }

  override *entries(): SetIterator<[T, T]> {
    for (const value of this.values()) yield [value, value];
  }

  override [Symbol.iterator](): SetIterator<T> {
    return this.values();
  }
}
