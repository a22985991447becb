import { GIB } from './catalog-filter';

/** A parameter count the way cards write it: "494M", "1.24B", "70.6B". */
export function formatParameters(count: number, uiLanguage: string): string {
  const [value, suffix] = count >= 1e12 ? [count / 1e12, 'T'] : count >= 1e9 ? [count / 1e9, 'B'] : [count / 1e6, 'M'];
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  return `${new Intl.NumberFormat(uiLanguage, { maximumFractionDigits: digits }).format(value)}${suffix}`;
}

/** Memory in GiB (RAM and VRAM are sold in GiB, labelled "GB"), one decimal, two under 1 GiB. */
export function formatGib(bytes: number, uiLanguage: string): string {
  const gib = bytes / GIB;
  return new Intl.NumberFormat(uiLanguage, { minimumFractionDigits: gib < 1 ? 2 : 1, maximumFractionDigits: gib < 1 ? 2 : 1 }).format(gib);
}

/** A download size in decimal gigabytes, as model hubs show file sizes. */
export function formatFileSize(bytes: number, uiLanguage: string): string {
  const gb = bytes / 1e9;
  return new Intl.NumberFormat(uiLanguage, { style: 'unit', unit: 'gigabyte', unitDisplay: 'short', maximumFractionDigits: gb < 10 ? 2 : 1 }).format(gb);
}

/** "2024-09" as "September 2024" in the reader's language. */
export function formatMonth(month: string, uiLanguage: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(uiLanguage, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

export function formatInteger(value: number, uiLanguage: string): string {
  return new Intl.NumberFormat(uiLanguage, { maximumFractionDigits: 0 }).format(value);
}
