import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The parts of a Rollup/Rolldown output chunk this measure reads. */
export interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  code: string;
  imports: readonly string[];
}
export interface AssetLike {
  type: 'asset';
  fileName: string;
  source: string | Uint8Array;
}
export type BundleLike = Record<string, ChunkLike | AssetLike>;

export interface InitialJsSize {
  /** Gzip size of the entry chunks and every chunk they import statically, in bytes. */
  gzipBytes: number;
  rawBytes: number;
  entries: string[];
  staticImports: string[];
}

/**
 * What a first visit downloads before the app can start: the entry chunk that index.html loads
 * plus, transitively, the chunks it imports statically (Vite preloads those). Dynamic imports
 * (lazy routes, non-default message catalogs) are deliberately left out.
 */
export function measureInitialJs(bundle: BundleLike): InitialJsSize {
  const entries = Object.values(bundle).filter((item): item is ChunkLike => item.type === 'chunk' && item.isEntry);
  const seen = new Set<string>(entries.map((chunk) => chunk.fileName));
  const queue = entries.flatMap((chunk) => chunk.imports);
  const staticImports: string[] = [];
  while (queue.length > 0) {
    const fileName = queue.shift() as string;
    const chunk = bundle[fileName];
    if (seen.has(fileName) || !chunk || chunk.type !== 'chunk') continue;
    seen.add(fileName);
    staticImports.push(fileName);
    queue.push(...chunk.imports);
  }
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const fileName of seen) {
    const code = Buffer.from((bundle[fileName] as ChunkLike).code);
    rawBytes += code.length;
    gzipBytes += gzipSync(code).length;
  }
  return { gzipBytes, rawBytes, entries: entries.map((chunk) => chunk.fileName), staticImports };
}

export function formatInitialJs(size: InitialJsSize): string {
  const kb = (bytes: number) => (bytes / 1000).toFixed(1);
  const count = size.staticImports.length;
  const imports = `${count} static import${count === 1 ? '' : 's'}`;
  const entries = size.entries.length === 1 ? 'entry' : `${size.entries.length} entries`;
  return `initial JS: ${kb(size.gzipBytes)} kB gzip (${entries} + ${imports}; ${kb(size.rawBytes)} kB raw)`;
}

/**
 * Prints the initial JavaScript size after a production build and fails the build when it
 * exceeds the budget: bytes are what learners on prepaid data pay for.
 */
export function initialJsSize(options: { budgetKb: number }): Plugin {
  return {
    name: 'sankofa:initial-js-size',
    apply: 'build',
    generateBundle(_output, bundle) {
      const size = measureInitialJs(bundle as unknown as BundleLike);
      // Printed directly so the line shows whatever Vite's log level is.
      console.log(formatInitialJs(size));
      if (size.gzipBytes > options.budgetKb * 1000) {
        this.error(`initial JS is over its budget of ${options.budgetKb} kB gzip`);
      }
    },
  };
}
