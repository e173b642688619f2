/**
 * How a workspace backup writes values JSON cannot hold: each typed array as `{ "$typedArray": "Float64Array",
 * "base64": "…" }` (its bytes, little-endian as every browser stores them), NaN and ±Infinity as
 * `{ "$number": "NaN" }`; and how it reads them back, naming the path of anything malformed.
 */
const MAX_DEPTH = 64;
const TYPED_ARRAYS = {
  Float64Array,
  Float32Array,
  Int32Array,
  Uint32Array,
  Int16Array,
  Uint16Array,
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
} as const;
type TypedArrayName = keyof typeof TYPED_ARRAYS;
type AnyTypedArray = InstanceType<(typeof TYPED_ARRAYS)[TypedArrayName]>;

// ---------------------------------------------------------------- encoding

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function typedArrayName(value: ArrayBufferView): TypedArrayName | null {
  for (const [name, Ctor] of Object.entries(TYPED_ARRAYS))
    if (value.constructor === Ctor) return name as TypedArrayName;
  return null;
}

/** A stored value as plain JSON: typed arrays as their type and bytes, non-finite numbers by name. */
export function encodeValue(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $number: String(value) };
  if (value === null || typeof value !== 'object') return value;
  if (ArrayBuffer.isView(value)) {
    const name = typedArrayName(value);
    if (name === null) throw new Error(`a ${value.constructor.name} cannot be backed up`);
    return {
      $typedArray: name,
      base64: bytesToBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)),
    };
  }
  if (Array.isArray(value)) return value.map(encodeValue);
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, encodeValue(v)]));
}

type Decoded =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: string };

const NON_FINITE: Readonly<Record<string, number>> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
};

/** Reverses `encodeValue`; anything it could not have written is a problem naming the path. */
export function decodeValue(value: unknown, path: string, depth = 0): Decoded {
  if (depth > MAX_DEPTH) return { ok: false, problem: `${path}: nested deeper than ${MAX_DEPTH} levels` };
  if (value === null || typeof value !== 'object') return { ok: true, value };
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const item = decodeValue(value[i], `${path}[${i}]`, depth + 1);
      if (!item.ok) return item;
      out.push(item.value);
    }
    return { ok: true, value: out };
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if ('$number' in record) {
    const n = typeof record.$number === 'string' ? NON_FINITE[record.$number] : undefined;
    if (keys.length !== 1 || n === undefined)
      return {
        ok: false,
        problem: `${path}: not a number written as {"$number": "NaN" | "Infinity" | "-Infinity"}`,
      };
    return { ok: true, value: n };
  }
  if ('$typedArray' in record) {
    const name = record.$typedArray;
    if (typeof name !== 'string' || !Object.hasOwn(TYPED_ARRAYS, name))
      return { ok: false, problem: `${path}.$typedArray: ${JSON.stringify(name)} is not a typed array type` };
    const bytes =
      keys.length === 2 && typeof record.base64 === 'string' ? base64ToBytes(record.base64) : null;
    if (bytes === null) return { ok: false, problem: `${path}.base64: not base64 text` };
    const Ctor = TYPED_ARRAYS[name as TypedArrayName];
    if (bytes.length % Ctor.BYTES_PER_ELEMENT !== 0)
      return {
        ok: false,
        problem: `${path}.base64: ${bytes.length} bytes are not a whole number of ${name} values`,
      };
    return { ok: true, value: new Ctor(bytes.buffer) as AnyTypedArray };
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const item = decodeValue(record[key], `${path}.${key}`, depth + 1);
    if (!item.ok) return item;
    out[key] = item.value;
  }
  return { ok: true, value: out };
}
