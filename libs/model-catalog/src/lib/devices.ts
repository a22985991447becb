/**
 * Devices the catalog checks a model against. Usable memory is what a model may take after the
 * system keeps its share; where no source gives that share, the figure is our own assumption and
 * the explanation says so (docs/memory-estimator.md has the table).
 */

const GiB = 1024 ** 3;

export type DeviceKind = 'phone' | 'cpu-laptop' | 'gpu';

export interface DevicePreset {
  id: string;
  name: string;
  kind: DeviceKind;
  totalBytes: number;
  usableBytes: number;
  explanation: string;
}

/** llama.cpp `--fit` keeps 1024 MiB free on each GPU by default. */
export const GPU_FIT_MARGIN_BYTES = 1 * GiB;
/** Our assumption for a laptop: the OS and desktop ~2 GiB, one open browser ~1.5 GiB. */
export const LAPTOP_RESERVED_BYTES = 3.5 * GiB;

export const DEVICE_PRESETS: readonly DevicePreset[] = Object.freeze([
  {
    id: 'phone-4gb',
    name: 'Phone with 4 GB',
    kind: 'phone',
    totalBytes: 4 * GiB,
    usableBytes: 2 * GiB,
    explanation: 'Our assumption: an app gets about half of a 4 GB phone; how much Android or iOS lets one app use is not documented.',
  },
  {
    id: 'laptop-8gb',
    name: 'Laptop with 8 GB, no GPU',
    kind: 'cpu-laptop',
    totalBytes: 8 * GiB,
    usableBytes: 8 * GiB - LAPTOP_RESERVED_BYTES,
    explanation: 'RAM minus about 3.5 GiB for the system and a browser (our assumption); the whole model file must stay in RAM.',
  },
  {
    id: 'laptop-16gb',
    name: 'Laptop with 16 GB, no GPU',
    kind: 'cpu-laptop',
    totalBytes: 16 * GiB,
    usableBytes: 16 * GiB - LAPTOP_RESERVED_BYTES,
    explanation: 'RAM minus about 3.5 GiB for the system and a browser (our assumption); the whole model file must stay in RAM.',
  },
  {
    id: 'gpu-16gb',
    name: 'GPU with 16 GB',
    kind: 'gpu',
    totalBytes: 16 * GiB,
    usableBytes: 16 * GiB - GPU_FIT_MARGIN_BYTES,
    explanation: "VRAM minus llama.cpp's default 1 GiB fit margin per GPU; a desktop on the same GPU takes more.",
  },
  {
    id: 'gpu-80gb',
    name: 'GPU with 80 GB',
    kind: 'gpu',
    totalBytes: 80 * GiB,
    usableBytes: 80 * GiB - GPU_FIT_MARGIN_BYTES,
    explanation: "VRAM minus llama.cpp's default 1 GiB fit margin per GPU (data-centre cards such as the A100 or H100 80 GB).",
  },
]);

export function devicePreset(id: string): DevicePreset | undefined {
  return DEVICE_PRESETS.find((d) => d.id === id);
}

/** Whether an estimate fits in a device's usable memory. */
export function fitsDevice(estimateTotalBytes: number, usableBytes: number): boolean {
  return estimateTotalBytes <= usableBytes;
}
