// The layout of a compiled cache file's content: a JSON head for what every
// run needs at once, and binary sections (typed arrays, and records of JSON
// text) that are read in place, only where a run looks. A check of a large
// corpus then decodes the few claims it compares, not all of them.

export type SectionType = "u8" | "u16" | "u32" | "i32" | "f64";

/** Where a section lies in the image's data, and how many elements it holds. */
export interface SectionRef {
  type: SectionType;
  offset: number;
  length: number;
}

/** Many JSON texts, one after another, and where each starts (length + 1 offsets). */
export interface RecordsRef {
  offsets: SectionRef;
  bytes: SectionRef;
}

type TypedArrayOf<T extends SectionType> = { u8: Uint8Array; u16: Uint16Array; u32: Uint32Array; i32: Int32Array; f64: Float64Array }[T];

const CONSTRUCTORS = {
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  i32: Int32Array,
  f64: Float64Array,
} as const;

/** Sections start on 8-byte boundaries so that typed arrays can view them without copying. */
const ALIGN = 8;

export class ImageWriter {
  readonly chunks: Uint8Array[] = [];
  #size = 0;
  readonly #encoder = new TextEncoder();

  get size(): number {
    return this.#size;
  }

  #append(bytes: Uint8Array): number {
    const padding = (ALIGN - (this.#size % ALIGN)) % ALIGN;
    if (padding > 0) {
      this.chunks.push(new Uint8Array(padding));
      this.#size += padding;
    }
    const offset = this.#size;
    this.chunks.push(bytes);
    this.#size += bytes.byteLength;
    return offset;
  }

  add<T extends SectionType>(type: T, array: TypedArrayOf<T>): SectionRef {
    const offset = this.#append(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    return { type, offset, length: array.length };
  }

  /**
   * Each value as JSON text, findable by its position. The texts are encoded
   * one after another into one growing buffer: a buffer per record (a large
   * corpus has hundreds of thousands) cost more in allocation than in encoding.
   */
  addRecords(values: Iterable<unknown>): RecordsRef {
    const offsets: number[] = [0];
    let joined = new Uint8Array(64 * 1024);
    let total = 0;
    for (const value of values) {
      const text = JSON.stringify(value) ?? "";
      // UTF-8 takes at most three bytes for each UTF-16 unit.
      if (joined.byteLength - total < text.length * 3) {
        const grown = new Uint8Array(Math.max(joined.byteLength * 2, total + text.length * 3));
        grown.set(joined.subarray(0, total));
        joined = grown;
      }
      total += this.#encoder.encodeInto(text, joined.subarray(total)).written;
      offsets.push(total);
    }
    return { offsets: this.add("u32", Uint32Array.from(offsets)), bytes: this.add("u8", joined.subarray(0, total)) };
  }
}

/** A section reference that ImageReader.check has accepted: its type is known and it lies within the data. */
export type CheckedSection<T extends SectionType> = SectionRef & { type: T; readonly checked: unique symbol };

/** Fills `target` with the image data's bytes from `offset` on: from memory, or from a file, on demand. */
export type ReadBytes = (offset: number, target: Uint8Array) => void;

export class ImageReader {
  readonly #size: number;
  readonly #read: ReadBytes;
  readonly #decoder = new TextDecoder("utf-8", { fatal: true });

  /** `size` bytes of data, read through `read` only where a section or record is asked for. */
  constructor(size: number, read: ReadBytes) {
    this.#size = size;
    this.#read = read;
  }

  static fromBytes(data: Uint8Array): ImageReader {
    return new ImageReader(data.byteLength, (offset, target) => target.set(data.subarray(offset, offset + target.byteLength)));
  }

  /** The section as the typed array it was written from; throws when the head describes something else. */
  section<T extends SectionType>(ref: SectionRef, ...types: T[]): TypedArrayOf<T> {
    return this.slice(this.check(ref, ...types), 0, ref.length);
  }

  /**
   * Elements [from, to) of a section checked with check(): a large index
   * reads only the few postings and terms a check looks at.
   */
  slice<T extends SectionType>(ref: CheckedSection<T>, from: number, to: number): TypedArrayOf<T> {
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 0 || to < from || to > ref.length) {
      throw new Error(`elements ${from} to ${to} lie outside a ${ref.type} section of ${ref.length}`);
    }
    const Constructor = CONSTRUCTORS[ref.type];
    const array = new Constructor(to - from);
    this.#read(ref.offset + from * Constructor.BYTES_PER_ELEMENT, new Uint8Array(array.buffer, 0, array.byteLength));
    return array as TypedArrayOf<T>;
  }

  /** The section reference, once found to be of one of these types and to lie within the data. */
  check<T extends SectionType>(ref: SectionRef, ...types: T[]): CheckedSection<T> {
    if (ref === null || typeof ref !== "object" || !types.includes(ref.type as T) || !Number.isSafeInteger(ref.length) || ref.length < 0) {
      throw new Error(`expected a ${types.join(" or ")} section in the cache data`);
    }
    const bytes = ref.length * CONSTRUCTORS[ref.type as T].BYTES_PER_ELEMENT;
    if (!Number.isSafeInteger(ref.offset) || ref.offset < 0 || ref.offset + bytes > this.#size) {
      throw new Error(`a ${ref.type} section of ${ref.length} lies outside the cache data`);
    }
    return ref as CheckedSection<T>;
  }

  /** A reader of the records of a RecordsRef: record(i) reads and parses the i-th JSON text. */
  records(ref: RecordsRef): { count: number; record(index: number): unknown } {
    const offsets = this.section(ref.offsets, "u32");
    const bytes = ref.bytes;
    if (bytes === null || typeof bytes !== "object" || bytes.type !== "u8" || bytes.offset + bytes.length > this.#size || offsets[offsets.length - 1] !== bytes.length) {
      throw new Error("the records lie outside the cache data");
    }
    return {
      count: offsets.length - 1,
      record: (index) => {
        const start = offsets[index];
        const end = offsets[index + 1];
        if (start === undefined || end === undefined || end < start) throw new Error(`no record ${index} in the cache data`);
        const text = new Uint8Array(end - start);
        this.#read(bytes.offset + start, text);
        return JSON.parse(this.#decoder.decode(text)) as unknown;
      },
    };
  }
}
