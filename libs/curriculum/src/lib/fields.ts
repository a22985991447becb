import type { FieldPath, IssueSink } from './issues';

/**
 * Field checks shared by the validators. Each reports through the sink and returns whether
 * the value has the expected type, so callers skip rules that would only repeat the problem.
 * Values are `unknown` because content also arrives from the API as untyped JSON.
 */
export class FieldChecker {
  constructor(
    private readonly sink: IssueSink,
    readonly file: string,
  ) {}

  at(file: string): FieldChecker {
    return new FieldChecker(this.sink, file);
  }

  fail(path: FieldPath, message: string, bodyLine?: number): false {
    this.sink.add(this.file, path, message, bodyLine);
    return false;
  }

  present(value: unknown, path: FieldPath): boolean {
    if (value === undefined || value === null) return this.fail(path, 'is required');
    return true;
  }

  text(value: unknown, path: FieldPath, opts: { required?: boolean; max?: number; singleLine?: boolean } = {}): value is string {
    if (value === undefined || value === null) return opts.required === false ? false : this.fail(path, 'is required');
    if (typeof value !== 'string') return this.fail(path, 'must be a text');
    if (value.trim() === '') return this.fail(path, 'must not be empty');
    if (opts.max !== undefined && [...value].length > opts.max) return this.fail(path, `must be at most ${opts.max} characters (has ${[...value].length})`);
    if (opts.singleLine && /[\r\n]/.test(value.trim())) return this.fail(path, 'must be one line');
    return true;
  }

  pattern(value: unknown, path: FieldPath, pattern: RegExp, what: string, opts: { required?: boolean } = {}): value is string {
    if (!this.text(value, path, opts)) return false;
    if (!pattern.test(value as string)) return this.fail(path, `must be ${what} (got "${value}")`);
    return true;
  }

  number(value: unknown, path: FieldPath, opts: { required?: boolean; min?: number; max?: number; minExclusive?: boolean; maxExclusive?: boolean; integer?: boolean } = {}): value is number {
    if (value === undefined || value === null) return opts.required === false ? false : this.fail(path, 'is required');
    if (typeof value !== 'number' || !Number.isFinite(value)) return this.fail(path, `must be a number${rangeText(opts)}`);
    if (opts.integer && !Number.isInteger(value)) return this.fail(path, `must be a whole number${rangeText(opts)}`);
    const low = opts.min !== undefined && (opts.minExclusive ? value <= opts.min : value < opts.min);
    const high = opts.max !== undefined && (opts.maxExclusive ? value >= opts.max : value > opts.max);
    if (low || high) return this.fail(path, `must be a number${rangeText(opts)} (got ${value})`);
    return true;
  }

  boolean(value: unknown, path: FieldPath, opts: { required?: boolean } = {}): value is boolean {
    if (value === undefined || value === null) return opts.required === false ? false : this.fail(path, 'is required');
    if (typeof value !== 'boolean') return this.fail(path, 'must be true or false');
    return true;
  }

  oneOf<T extends string>(value: unknown, path: FieldPath, allowed: readonly T[], opts: { required?: boolean } = {}): value is T {
    if (value === undefined || value === null) return opts.required === false ? false : this.fail(path, 'is required');
    if (typeof value !== 'string' || !allowed.includes(value as T)) return this.fail(path, `must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
    return true;
  }

  list(value: unknown, path: FieldPath, opts: { required?: boolean; min?: number; max?: number } = {}): value is unknown[] {
    if (value === undefined || value === null) return opts.required === false ? false : this.fail(path, 'is required');
    if (!Array.isArray(value)) return this.fail(path, 'must be a list');
    if (opts.min !== undefined && opts.max !== undefined && opts.min === opts.max && value.length !== opts.min) {
      return this.fail(path, `must have exactly ${opts.min} items (has ${value.length})`);
    }
    if (opts.min !== undefined && value.length < opts.min) return this.fail(path, `must have at least ${opts.min} item${opts.min === 1 ? '' : 's'} (has ${value.length})`);
    if (opts.max !== undefined && value.length > opts.max) return this.fail(path, `must have at most ${opts.max} items (has ${value.length})`);
    return true;
  }

  map(value: unknown, path: FieldPath, opts: { required?: boolean } = {}): value is Record<string, unknown> {
    if (value === undefined || value === null) return opts.required === false ? false : this.fail(path, 'is required');
    if (typeof value !== 'object' || Array.isArray(value)) return this.fail(path, 'must be a mapping of fields');
    return true;
  }

  /** Reports the second and later occurrences of a key, at their own index. */
  unique<T>(items: readonly T[], key: (item: T) => unknown, path: (index: number) => FieldPath, what: string): void {
    const seen = new Set<unknown>();
    items.forEach((item, index) => {
      const k = key(item);
      if (k === undefined || k === null) return;
      if (seen.has(k)) this.fail(path(index), `${what} "${String(k)}" is used more than once`);
      seen.add(k);
    });
  }
}

function rangeText(opts: { min?: number; max?: number; minExclusive?: boolean; maxExclusive?: boolean }): string {
  const parts: string[] = [];
  if (opts.min !== undefined) parts.push(`${opts.minExclusive ? '>' : '≥'} ${opts.min}`);
  if (opts.max !== undefined) parts.push(`${opts.maxExclusive ? '<' : '≤'} ${opts.max}`);
  return parts.length ? ` ${parts.join(' and ')}` : '';
}
