/**
 * Adds a model slug to a lesson's `models:` front matter list, touching no other line. The
 * course format writes the list in flow style (`models: [a, b]`) or block style
 * (`models:` then `  - a` lines); both are understood, and a lesson without the key gets one
 * at the end of its front matter. Returns null when the file has no front matter to edit.
 */
export function addModelToLesson(markdown: string, slug: string): string | null {
  const lines = markdown.split('\n');
  if (lines[0]?.trim() !== '---') return null;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end < 0) return null;
  const keyIndex = lines.findIndex((line, i) => i > 0 && i < end && /^models\s*:/.test(line));
  if (keyIndex < 0) {
    lines.splice(end, 0, `models: [${slug}]`);
    return lines.join('\n');
  }
  const rest = lines[keyIndex].replace(/^models\s*:/, '').trim();
  const flow = /^\[(.*)\]\s*(#.*)?$/.exec(rest);
  if (flow) {
    const items = flow[1].split(',').map((s) => s.trim()).filter(Boolean);
    if (items.includes(slug)) return markdown;
    lines[keyIndex] = `models: [${[...items, slug].join(', ')}]`;
    return lines.join('\n');
  }
  if (rest === '' || rest.startsWith('#')) {
    let last = keyIndex;
    let indent = '  ';
    for (let i = keyIndex + 1; i < end; i++) {
      const item = /^(\s*)-\s+(.*?)\s*$/.exec(lines[i]);
      if (!item) break;
      if (item[2] === slug) return markdown;
      indent = item[1];
      last = i;
    }
    lines.splice(last + 1, 0, `${indent}- ${slug}`);
    return lines.join('\n');
  }
  return null;
}

/** The slugs a lesson's front matter lists under `models:` (either style). */
export function modelsOfLesson(markdown: string): string[] {
  const lines = markdown.split('\n');
  if (lines[0]?.trim() !== '---') return [];
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  const keyIndex = lines.findIndex((line, i) => i > 0 && i < end && /^models\s*:/.test(line));
  if (end < 0 || keyIndex < 0) return [];
  const rest = lines[keyIndex].replace(/^models\s*:/, '').trim();
  const flow = /^\[(.*)\]/.exec(rest);
  if (flow) return flow[1].split(',').map((s) => s.trim()).filter(Boolean);
  const slugs: string[] = [];
  for (let i = keyIndex + 1; i < end; i++) {
    const item = /^\s*-\s+(.*?)\s*$/.exec(lines[i]);
    if (!item) break;
    slugs.push(item[1]);
  }
  return slugs;
}
