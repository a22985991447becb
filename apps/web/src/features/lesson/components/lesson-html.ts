const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Puts a visible, translated label before each worked example (`<pre data-example>`), so the
 * label is real text for screen readers and copy-paste rather than CSS-generated content.
 */
export function labelWorkedExamples(html: string, label: string): string {
  return html.replace(/<pre data-example(?=[\s=>])/g, `<p class="example-label">${escapeText(label)}</p><pre data-example`);
}
