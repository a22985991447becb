/** The API's open-model types (apps/api/schema.gql), as this app reads them. */

export type CommercialUse = 'YES' | 'NO' | 'CONDITIONAL';
export type FactKind = 'STATED' | 'COMPUTED';
export type OpenModelSort = 'NAME' | 'SIZE_ASC' | 'SIZE_DESC' | 'RELEASED_DESC' | 'RELEASED_ASC';
export type MemoryProfile = 'LANGUAGE_MODEL' | 'WEIGHTS_ONLY';
export type DeviceKind = 'PHONE' | 'CPU_LAPTOP' | 'GPU';
/** The quantizations every language model's memory table shows. */
export type Quantization = 'Q4_K_M' | 'Q8_0' | 'F16';

export interface DeviceFitInput {
  deviceId?: string;
  usableBytes?: number;
  quantization?: string;
  contextLength?: number;
}

export interface OpenModelFilterInput {
  query?: string;
  tasks?: string[];
  modalities?: string[];
  languages?: string[];
  africanLanguage?: boolean;
  commercialUse?: CommercialUse[];
  minParameters?: number;
  maxParameters?: number;
  licences?: string[];
  fits?: DeviceFitInput;
}

export interface CatalogLanguage {
  code: string;
  name: string;
  african: boolean;
}

export interface DevicePreset {
  id: string;
  name: string;
  kind: DeviceKind;
  totalBytes: number;
  usableBytes: number;
  explanation: string;
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export interface LicenceBadge {
  id: string;
  name: string;
  commercialUse: CommercialUse;
}

/** What every view of a model names first: who made it and how big it is. */
export interface ModelIdentity {
  id: string;
  slug: string;
  name: string;
  organization: string;
  parameterCount: number | null;
  parameterWording: string | null;
  activeParameterCount: number | null;
}
