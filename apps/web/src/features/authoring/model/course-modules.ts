/**
 * Reads and rewrites the `modules` block of course.yaml at the line level. The web app does not
 * ship a YAML parser (about 30 kB gzip for learners' phones too); course.yaml is written in the
 * canonical block style of the format, which this understands. Anything else (comments inside
 * the block, flow style) makes `readModules` return null and the editor falls back to text.
 */

export type ItemKind = 'lesson' | 'exercise';

export interface ModuleItem {
  kind: ItemKind;
  slug: string;
}

export interface CourseModule {
  slug: string;
  /** The title as written (possibly quoted), kept verbatim so rewriting never changes it. */
  rawTitle: string;
  items: ModuleItem[];
}

export interface ModulesBlock {
  modules: CourseModule[];
  /** Line index where the block starts, and one past its last line (-1 when absent). */
  start: number;
  end: number;
}

const TOP_LEVEL = /^[^\s#-]/;

/** The modules of course.yaml, or null when the block is not in the canonical form. */
export function readModules(courseYaml: string): ModulesBlock | null {
  const lines = courseYaml.split('\n');
  const start = lines.findIndex((line) => /^modules:/.test(line));
  if (start < 0) return { modules: [], start: -1, end: -1 };
  const head = lines[start].replace(/\s+#.*$/, '').trimEnd();
  let end = start + 1;
  while (end < lines.length && !TOP_LEVEL.test(lines[end])) end += 1;
  // Trailing blank lines belong to what follows.
  while (end > start + 1 && lines[end - 1].trim() === '') end -= 1;
  if (head === 'modules: []') return end === start + 1 ? { modules: [], start, end } : null;
  if (head !== 'modules:') return null;

  const modules: CourseModule[] = [];
  let current: CourseModule | null = null;
  let inItems = false;
  for (const line of lines.slice(start + 1, end)) {
    if (line.trim() === '') continue;
    let match: RegExpMatchArray | null;
    if ((match = /^ {2}- slug: *(\S+)$/.exec(line))) {
      current = { slug: match[1], rawTitle: '', items: [] };
      modules.push(current);
      inItems = false;
    } else if (current && (match = /^ {4}title: *(.*)$/.exec(line))) {
      current.rawTitle = match[1].trim();
    } else if (current && /^ {4}items: *(\[\])?$/.test(line)) {
      inItems = !line.includes('[]');
    } else if (current && inItems && (match = /^ {6}- (lesson|exercise): *(\S+)$/.exec(line))) {
      current.items.push({ kind: match[1] as ItemKind, slug: match[2] });
    } else {
      return null;
    }
  }
  return { modules, start, end };
}

/** The canonical text of a modules block. */
export function writeModules(modules: CourseModule[]): string[] {
  if (modules.length === 0) return ['modules: []'];
  const out = ['modules:'];
  for (const m of modules) {
    out.push(`  - slug: ${m.slug}`, `    title: ${m.rawTitle}`);
    if (m.items.length === 0) out.push('    items: []');
    else {
      out.push('    items:');
      for (const item of m.items) out.push(`      - ${item.kind}: ${item.slug}`);
    }
  }
  return out;
}

/** course.yaml with its modules block replaced (appended when it had none). */
export function replaceModules(courseYaml: string, block: ModulesBlock, modules: CourseModule[]): string {
  const lines = courseYaml.split('\n');
  const written = writeModules(modules);
  if (block.start < 0) {
    const body = courseYaml.endsWith('\n') ? lines.slice(0, -1) : lines;
    return [...body, ...written, ''].join('\n');
  }
  return [...lines.slice(0, block.start), ...written, ...lines.slice(block.end)].join('\n');
}

/** A title as a YAML scalar: plain when safe, double-quoted (JSON is valid YAML) otherwise. */
export function yamlScalar(text: string): string {
  const value = text.trim();
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} ,.()'’/&+-]*$/u.test(value) && !/ -|-$/.test(value);
  return plain ? value : JSON.stringify(value);
}

/** A title to show: the plain or double-quoted scalar unwrapped. */
export function displayTitle(rawTitle: string): string {
  if (rawTitle.startsWith('"')) {
    try {
      return String(JSON.parse(rawTitle));
    } catch {
      return rawTitle;
    }
  }
  if (rawTitle.startsWith("'") && rawTitle.endsWith("'")) return rawTitle.slice(1, -1).replace(/''/g, "'");
  return rawTitle;
}

export function moveInList<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether a slug follows the format: lower-case kebab-case, 3–64 characters. */
export function isValidSlug(slug: string): boolean {
  return slug.length >= 3 && slug.length <= 64 && SLUG_PATTERN.test(slug);
}
