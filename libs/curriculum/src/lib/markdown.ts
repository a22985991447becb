import { PYTHON_EXAMPLE_INFO } from './rules';

/** A fenced code block: its info string, its code, and the 1-based line of its opening fence. */
export interface FencedBlock {
  info: string;
  code: string;
  line: number;
}

/**
 * Finds CommonMark fenced code blocks (``` or ~~~, three or more, indented ≤ 3 spaces). A
 * scanner rather than a full parser, because only fences matter here and the server's
 * Markdown renderer is someone else's concern.
 */
export function scanFencedBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.split('\n');
  const blocks: FencedBlock[] = [];
  let open: { fence: string; indent: number; info: string; line: number; body: string[] } | null = null;
  lines.forEach((text, index) => {
    if (open) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(text);
      if (close && close[1][0] === open.fence[0] && close[1].length >= open.fence.length) {
        blocks.push({ info: open.info, code: open.body.length ? `${open.body.join('\n')}\n` : '', line: open.line });
        open = null;
      } else {
        // Content lines lose up to the opening fence's indentation, as CommonMark says.
        const strip = Math.min(open.indent, text.length - text.trimStart().length);
        open.body.push(text.slice(strip));
      }
      return;
    }
    const start = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(text);
    if (start && !(start[2][0] === '`' && start[3].includes('`'))) {
      open = { fence: start[2], indent: start[1].length, info: start[3].trim(), line: index + 1, body: [] };
    }
  });
  if (open) {
    const o = open as { info: string; line: number; body: string[] };
    if (o.body[o.body.length - 1] === '') o.body.pop(); // the text's final newline is not code
    // An unclosed fence runs to the end of the document (CommonMark).
    blocks.push({ info: o.info, code: o.body.length ? `${o.body.join('\n')}\n` : '', line: o.line });
  }
  return blocks;
}

export function pythonExamples(markdown: string): FencedBlock[] {
  return scanFencedBlocks(markdown).filter((b) => b.info === PYTHON_EXAMPLE_INFO);
}

/**
 * Raw HTML tags outside code (fences and `code spans`), which the format forbids: lessons
 * must render the same everywhere and be safe to sanitize. Returns 1-based lines.
 */
export function rawHtmlLines(markdown: string): number[] {
  const found: number[] = [];
  const lines = markdown.split('\n');
  let fence: string | null = null;
  lines.forEach((text, index) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(text);
    if (fence) {
      if (marker && marker[1][0] === fence[0] && marker[1].length >= fence.length && /^ {0,3}(`{3,}|~{3,})\s*$/.test(text)) fence = null;
      return;
    }
    if (marker) {
      fence = marker[1];
      return;
    }
    if (/^( {4}|\t)/.test(text)) return; // indented code block line
    const outsideCode = text.replace(/(`+)[\s\S]*?\1/g, '');
    if (/<\/?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?\/?>|<!--/.test(outsideCode)) found.push(index + 1);
  });
  return found;
}
