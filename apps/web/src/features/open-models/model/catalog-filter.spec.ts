import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterFromSearch, filterInput, GIB, isFiltered, searchFromFilter } from './catalog-filter';

describe('catalog filter', () => {
  it('reads every filter from the address and writes it back the same', () => {
    const search = '?q=swahili&task=translation&modality=text&lang=african&commercial=conditional&size=1-4b&device=phone-4gb&quant=Q8_0&ctx=8192&sort=SIZE_ASC';
    const filter = filterFromSearch(search);
    expect(filter).toEqual({
      query: 'swahili',
      task: 'translation',
      modality: 'text',
      language: 'african',
      commercial: 'conditional',
      size: '1-4b',
      device: 'phone-4gb',
      customGib: null,
      quantization: 'Q8_0',
      contextLength: 8192,
      sort: 'SIZE_ASC',
    });
    expect(searchFromFilter(filter)).toBe(search);
  });

  it('leaves defaults out of the address and ignores values it does not know', () => {
    expect(searchFromFilter(EMPTY_FILTER)).toBe('');
    expect(filterFromSearch('?size=huge&sort=RANDOM&quant=Q2_K&ctx=-5&commercial=maybe')).toEqual(EMPTY_FILTER);
    // Quantization and context only mean something with a device.
    expect(searchFromFilter({ ...EMPTY_FILTER, quantization: 'F16', contextLength: 2048 })).toBe('');
    expect(isFiltered({ ...EMPTY_FILTER, sort: 'SIZE_DESC' })).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTER, task: 'embeddings' })).toBe(true);
  });

  it('turns the filter into the API variables', () => {
    expect(filterInput(EMPTY_FILTER)).toEqual({});
    expect(filterInput(filterFromSearch('?q=%20qwen%20&task=text-generation&lang=swh&commercial=yes&size=lt1b&device=laptop-8gb'))).toEqual({
      query: 'qwen',
      tasks: ['text-generation'],
      languages: ['swh'],
      commercialUse: ['YES'],
      maxParameters: 1e9,
      fits: { deviceId: 'laptop-8gb', quantization: 'Q4_K_M', contextLength: 4096 },
    });
    expect(filterInput(filterFromSearch('?lang=african&commercial=conditional&size=gt40b'))).toEqual({
      africanLanguage: true,
      commercialUse: ['YES', 'CONDITIONAL'],
      minParameters: 40e9,
    });
  });

  it('asks for a custom memory figure in bytes, counted in GiB', () => {
    const filter = filterFromSearch('?device=custom&gib=6&quant=F16&ctx=2048');
    expect(filter.customGib).toBe(6);
    expect(filterInput(filter).fits).toEqual({ usableBytes: 6 * GIB, quantization: 'F16', contextLength: 2048 });
    expect(searchFromFilter(filter)).toBe('?device=custom&gib=6&quant=F16&ctx=2048');
    // No figure yet: no fit filter rather than a guess.
    expect(filterInput(filterFromSearch('?device=custom')).fits).toBeUndefined();
  });
});
