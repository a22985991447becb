// Absolute http(s) and mailto URLs, or relative ones (no scheme before the first / ? #).
const SAFE_URL = /^(?:https?:|mailto:|[^:]*$|[^:/?#]*[/?#])/i;

/**
 * True for URLs a lesson may link to: http, https, mailto, and relative references. Refuses
 * every other scheme (javascript:, vbscript:, data:, file: …) and protocol-relative `//host`
 * or `\\host`. Browsers ignore ASCII whitespace and control characters inside a URL's scheme,
 * so they are removed before the check.
 */
export function isSafeUrl(url: string): boolean {
  const compact = withoutControlCharacters(url);
  return SAFE_URL.test(compact) && !/^[/\\]{2}/.test(compact);
}

/** The string without ASCII control characters, spaces and DEL. */
export function withoutControlCharacters(text: string): string {
  let result = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code > 0x20 && code !== 0x7f) result += char;
  }
  return result;
}
