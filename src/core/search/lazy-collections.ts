// Maps and Sets that read from a compact source until something changes
// them. The compiled cache restores a large index without building a Map per
// claim: each reads its few entries from shared typed arrays, on demand, and
// only becomes an ordinary Map or Set (a copy of its view) if it is ever
// written to. A subclass says how to read the view.

export abstract class ViewMap<K, V> extends Map<K, V> {
  #owned = false;

  protected abstract viewSize(): number;
  protected abstract viewGet(key: K): V | undefined;
  protected abstract viewHas(key: K): boolean;
  /** In insertion order. */
  protected abstract viewEntries(): MapIterator<[K, V]>;

  /** From here on an ordinary Map: copies the view in, in order. */
  #own(): void {
    if (this.#owned) return;
    const entries = [...this.viewEntries()];
    this.#owned = true;
    for (const [key, value] of entries) super.set(key, value);
  }

  override get(key: K): V | undefined {
    return this.#owned ? super.get(key) : this.viewGet(key);
  }

  override has(key: K): boolean {
    return this.#owned ? super.has(key) : this.viewHas(key);
  }

  override get size(): number {
    return this.#owned ? super.size : this.viewSize();
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
    this.#owned = true;
    super.clear();
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  override entries(): MapIterator<[K, V]> {
    return this.#owned ? super.entries() : this.viewEntries();
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

export abstract class ViewSet<T> extends Set<T> {
  #owned = false;

  protected abstract viewSize(): number;
  protected abstract viewHas(value: T): boolean;
  /** In insertion order. */
  protected abstract viewValues(): SetIterator<T>;

  #own(): void {
    if (this.#owned) return;
    const values = [...this.viewValues()];
    this.#owned = true;
    for (const value of values) super.add(value);
  }

  override has(value: T): boolean {
    return this.#owned ? super.has(value) : this.viewHas(value);
  }

  override get size(): number {
    return this.#owned ? super.size : this.viewSize();
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
    this.#owned = true;
    super.clear();
  }

  override forEach(callback: (value: T, value2: T, set: Set<T>) => void, thisArg?: unknown): void {
    for (const value of this.values()) callback.call(thisArg, value, value, this);
  }

  override values(): SetIterator<T> {
    return this.#owned ? super.values() : this.viewValues();
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
