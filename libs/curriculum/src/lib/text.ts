import { parseYaml, type ParsedYaml } from './yaml-io';

/**
 * The text-file rules of the format: UTF-8, NFC, LF line endings, ending with exactly one
 * newline. Returns problems with their lines; the decoded text is returned even when it breaks
 * a rule, so the rest of the file is still checked.
 */
export function decodeText(bytes: Uint8Array): { text: string | null; problems: { line: number; message: string }[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { text: null, problems: [{ line: 1, message: 'is not valid UTF-8' }] };
  }
  const problems: { line: number; message: string }[] = [];
  if (text.startsWith('\ufeff')) problems.push({ line: 1, message: 'starts with a byte order mark; save as UTF-8 without BOM' });
  const cr = text.indexOf('\r');
  if (cr >= 0) problems.push({ line: lineAt(text, cr), message: 'has CR line endings; use LF only' });
  if (text.normalize('NFC') !== text) {
    const index = [...text].findIndex((ch, i, all) => all.slice(0, i + 1).join('').normalize('NFC') !== all.slice(0, i + 1).join(''));
    problems.push({ line: index >= 0 ? lineAt(text, [...text].slice(0, index).join('').length) : 1, message: 'is not in Unicode NFC form' });
  }
  if (text.length === 0 || !text.endsWith('\n')) problems.push({ line: lineAt(text, text.length), message: 'must end with a newline' });
  else if (/\n\s*\n$/.test(text)) problems.push({ line: lineAt(text, text.length - 1), message: 'must end with exactly one newline (no blank lines at the end)' });
  return { text: text.replace(/^\ufeff/, ''), problems };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

export interface FrontMatterSplit {
  yaml: ParsedYaml | null;
  /** Text after the closing `---` line, leading blank lines removed. */
  body: string;
  /** 1-based line where `body` starts in the file. */
  bodyLine: number;
  problem?: string;
}

/** Splits `---\n<yaml>---\n<markdown>`; the YAML's lines are reported as lines of the file. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  if (!text.startsWith('---\n')) return { yaml: null, body: text, bodyLine: 1, problem: 'must start with front matter: a line "---", the YAML fields, and a closing "---"' };
  const close = /^---[ \t]*$/m;
  const rest = text.slice(4);
  const match = close.exec(rest);
  if (!match) return { yaml: null, body: '', bodyLine: 1, problem: 'the front matter has no closing "---" line' };
  const yamlText = rest.slice(0, match.index);
  const afterClose = rest.slice(match.index + match[0].length).replace(/^\n/, '');
  const leading = /^(\s*\n)*/.exec(afterClose)?.[0] ?? '';
  const closeLine = 2 + (yamlText.match(/\n/g)?.length ?? 0);
  return {
    yaml: parseYaml(yamlText, 1),
    body: afterClose.slice(leading.length),
    bodyLine: closeLine + 1 + (leading.match(/\n/g)?.length ?? 0),
  };
}
