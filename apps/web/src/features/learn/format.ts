/**
 * The name of a language in the reader's language ("French", "français"…), or the tag itself
 * where the browser cannot name it (old browsers lack Intl.DisplayNames).
 */
export function languageName(tag: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A file size in the reader's number format: "812 B", "14.2 kB", "3.1 MB". */
export function formatBytes(bytes: number, uiLanguage: string): string {
  const [value, unit] = bytes < 1000 ? [bytes, 'byte'] : bytes < 1_000_000 ? [bytes / 1000, 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(uiLanguage, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
