/** A learner's return value as the runner reports it (type-tagged JSON). */
export type TaggedValue =
  | { type: 'null' }
  | { type: 'bool'; value: boolean }
  | { type: 'int'; value?: number; digits?: string }
  | { type: 'float'; value?: number; special?: 'nan' | 'inf' | '-inf' }
  | { type: 'str'; value: string }
  | { type: 'list'; items: TaggedValue[]; tuple?: boolean; ndarray?: boolean }
  | { type: 'dict'; entries: Record<string, TaggedValue> }
  | { type: 'repr'; repr: string };

const MAX_SHOWN = 120;

function numberOf(tagged: { value?: number; digits?: string; special?: string }): number {
  if (tagged.special === 'nan') return Number.NaN;
  if (tagged.special === 'inf') return Number.POSITIVE_INFINITY;
  if (tagged.special === '-inf') return Number.NEGATIVE_INFINITY;
  return tagged.digits !== undefined ? Number(tagged.digits) : (tagged.value as number);
}

function pythonFloat(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  return Number.isInteger(n) && Math.abs(n) < 1e16 ? `${n}.0` : String(n);
}

function pythonString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/** Shortens a rendering for a feedback line. */
export function shorten(text: string, max = MAX_SHOWN): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Renders a tagged value as Python would print it: learners read Python. */
export function renderTagged(tagged: TaggedValue): string {
  switch (tagged.type) {
    case 'null':
      return 'None';
    case 'bool':
      return tagged.value ? 'True' : 'False';
    case 'int':
      return tagged.digits ?? String(tagged.value);
    case 'float':
      return pythonFloat(numberOf(tagged));
    case 'str':
      return pythonString(tagged.value);
    case 'list': {
      const inner = tagged.items.map(renderTagged).join(', ');
      if (tagged.ndarray) return `array([${inner}])`;
      return tagged.tuple ? `(${inner}${tagged.items.length === 1 ? ',' : ''})` : `[${inner}]`;
    }
    case 'dict':
      return `{${Object.entries(tagged.entries)
        .map(([k, v]) => `${pythonString(k)}: ${renderTagged(v)}`)
        .join(', ')}}`;
    case 'repr':
      return tagged.repr;
  }
}

/** Renders an expected value (JSON from cases.yaml) as a Python literal. */
export function renderExpected(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : pythonFloat(value);
  if (typeof value === 'string') return pythonString(value);
  if (Array.isArray(value)) return `[${value.map(renderExpected).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${pythonString(k)}: ${renderExpected(v)}`)
    .join(', ')}}`;
}

function typeName(tagged: TaggedValue): string {
  if (tagged.type === 'list') return tagged.ndarray ? 'numpy array' : tagged.tuple ? 'tuple' : 'list';
  if (tagged.type === 'null') return 'None';
  if (tagged.type === 'repr') return 'object';
  return tagged.type;
}

function expectedTypeName(value: unknown): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'string') return 'str';
  return Array.isArray(value) ? 'list' : 'dict';
}

/**
 * Compares an expected JSON value with the learner's tagged value. Types count (True is not 1,
 * '3' is not 3, an object that claims to equal everything is only its repr); an int equals the
 * same float (2 == 2.0); floats match within the absolute tolerance, also inside lists and dicts;
 * tuples and numpy arrays compare as lists.
 *
 * @returns null when equal, else what differs and where, e.g. `at [1]: expected 3.5, got 3`
 */
export function compareValue(expected: unknown, got: TaggedValue, tolerance = 0, path = ''): string | null {
  const where = path ? `at ${path}: ` : '';
  const mismatch = () => `${where}expected ${shorten(renderExpected(expected))}, got ${shorten(renderTagged(got))}`;
  const wrongType = () => `${mismatch()} (a ${typeName(got)}, not a ${expectedTypeName(expected)})`;

  if (got.type === 'repr') return wrongType();
  if (expected === null || expected === undefined) return got.type === 'null' ? null : wrongType();
  if (typeof expected === 'boolean') {
    if (got.type !== 'bool') return wrongType();
    return got.value === expected ? null : mismatch();
  }
  if (typeof expected === 'number') {
    if (got.type !== 'int' && got.type !== 'float') return wrongType();
    const actual = numberOf(got);
    if (Number.isNaN(expected) || Number.isNaN(actual)) return Number.isNaN(expected) && Number.isNaN(actual) ? null : mismatch();
    if (actual === expected) return null;
    return Number.isFinite(actual) && Number.isFinite(expected) && Math.abs(actual - expected) <= tolerance ? null : mismatch();
  }
  if (typeof expected === 'string') {
    if (got.type !== 'str') return wrongType();
    return got.value === expected ? null : mismatch();
  }
  if (Array.isArray(expected)) {
    if (got.type !== 'list') return wrongType();
    if (got.items.length !== expected.length) {
      return `${where}expected ${expected.length} items, got ${got.items.length}: ${shorten(renderTagged(got))}`;
    }
    for (let i = 0; i < expected.length; i++) {
      const inner = compareValue(expected[i], got.items[i], tolerance, `${path}[${i}]`);
      if (inner) return inner;
    }
    return null;
  }
  if (typeof expected === 'object') {
    if (got.type !== 'dict') return wrongType();
    const wanted = Object.keys(expected as object);
    const missing = wanted.filter((k) => !(k in got.entries));
    const extra = Object.keys(got.entries).filter((k) => !wanted.includes(k));
    if (missing.length || extra.length) {
      const parts = [missing.length ? `missing key ${missing.map(pythonString).join(', ')}` : '', extra.length ? `unexpected key ${extra.map(pythonString).join(', ')}` : ''];
      return `${where}${parts.filter(Boolean).join('; ')}`;
    }
    for (const key of wanted) {
      const inner = compareValue((expected as Record<string, unknown>)[key], got.entries[key], tolerance, `${path}[${pythonString(key)}]`);
      if (inner) return inner;
    }
    return null;
  }
  return mismatch();
}

/** The tagged value as plain JSON for checkers: NaN and infinities become null, a repr is null. */
export function plainValue(tagged: TaggedValue): unknown {
  switch (tagged.type) {
    case 'null':
    case 'repr':
      return null;
    case 'bool':
    case 'str':
      return tagged.value;
    case 'int':
    case 'float': {
      const n = numberOf(tagged);
      return Number.isFinite(n) ? n : null;
    }
    case 'list':
      return tagged.items.map(plainValue);
    case 'dict':
      return Object.fromEntries(Object.entries(tagged.entries).map(([k, v]) => [k, plainValue(v)]));
  }
}
