export { renderMarkdown, renderInline, DEFAULT_ID_PREFIX, type RenderOptions, type RenderedMarkdown } from './lib/render';
export type { CodeBlock, MathError, OutlineEntry, TextStats } from './lib/render-env';
export { READING_RATES, slugify } from './lib/text';
export { isSafeUrl } from './lib/url';
