import { Document, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { FieldPath } from './issues';

export interface ParsedYaml {
  value: unknown;
  /** 1-based line of the value at a field path, or of its nearest existing parent. */
  lineOf(path: FieldPath): number;
  /** Syntax errors and duplicate keys, with their lines. */
  errors: { line: number; message: string }[];
  /** Field paths of mapping keys, for unknown-field checks: path → [key, line][]. */
  keysAt(path: FieldPath): { key: string; line: number }[];
}

/**
 * Parses one YAML document keeping positions, so every issue can name a line. `lineOffset`
 * shifts lines for YAML that starts inside a file (front matter starts on line 2).
 */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  // Core schema: timestamps stay strings, `yes`/`no` stay strings; unique keys are enforced.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const line = (offset: number | undefined) => (offset === undefined ? 1 + lineOffset : lineCounter.linePos(offset).line + lineOffset);
  const errors = [...doc.errors, ...doc.warnings].map((e) => ({ line: line(e.pos[0]), message: firstLine(e.message) }));
  const find = (path: FieldPath): { node: Node | null; keyOffset?: number; complete?: boolean } => {
    let node = doc.contents as Node | null;
    let keyOffset: number | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        // A missing field is reported on the line of the field that should hold it.
        if (!pair) return { node, keyOffset };
        keyOffset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        const next = pair.value as Node | null;
        if (!next) return { node, keyOffset };
        node = next;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) return { node };
        keyOffset = undefined;
        node = item;
      } else {
        return { node, keyOffset };
      }
    }
    return { node, keyOffset, complete: true };
  };
  return {
    value: errors.length && doc.errors.length ? undefined : doc.toJS({ maxAliasCount: 100 }),
    errors,
    lineOf(path) {
      const { node, keyOffset } = find(path);
      if (keyOffset !== undefined) return line(keyOffset);
      return line(node?.range?.[0]);
    },
    keysAt(path) {
      const { node, complete } = find(path);
      if (!complete || !isMap(node)) return [];
      return node.items.filter((p) => isPair(p) && isScalar(p.key)).map((p) => ({ key: String((p.key as { value: unknown }).value), line: line((p.key as Node).range?.[0]) }));
    },
  };
}

const firstLine = (message: string) => message.split('\n')[0].replace(/\s+at line \d+, column \d+:?$/, '');

const FLOW_MAX = 72;

/**
 * Canonical YAML: 2-space indent, block mappings, block sequences except short lists of
 * scalars (`tags: [python, numpy]`, `args: [[1, 2]]`), which read better on one line. The
 * same value always gives the same text.
 */
export function stringifyYaml(value: unknown): string {
  const doc = new Document(value);
  const flowable = (node: unknown): boolean => {
    if (isScalar(node)) return true;
    if (isSeq(node)) return node.items.every(flowable);
    return false;
  };
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      node.flow = node.items.length === 0;
      for (const pair of node.items) visit(pair.value);
    } else if (isSeq(node)) {
      const candidate = node.items.length === 0 || (node.items.every(flowable) && flowText(node).length <= FLOW_MAX);
      node.flow = candidate;
      if (!candidate) node.items.forEach(visit);
    }
  };
  visit(doc.contents);
  return doc.toString({ indent: 2, indentSeq: true, lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false });
}

function flowText(node: Node): string {
  const copy = new Document(node.toJSON());
  const mark = (n: unknown) => {
    if (isSeq(n)) {
      n.flow = true;
      n.items.forEach(mark);
    }
  };
  mark(copy.contents);
  return copy.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}
