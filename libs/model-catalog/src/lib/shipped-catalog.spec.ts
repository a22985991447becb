import { readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { readCurriculaFolder } from '@sankofa/curriculum';
import { findCatalogRoot } from './catalog-root';
import { formatCatalogIssue } from './issues';
import { readCatalogFolder, type CatalogReadResult } from './read';
import { serializeLicence, serializeModel } from './serialize';

// The catalog shipped in catalog/ and the lessons that name its models.
// CATALOG_WRITE=1 rewrites every valid file that is not canonical, instead of failing on it.
const root = findCatalogRoot();
let catalog: CatalogReadResult;

beforeAll(async () => {
  catalog = await readCatalogFolder(root);
});

describe('the shipped catalog', () => {
  it('validates', () => {
    expect(catalog.issues.map(formatCatalogIssue)).toEqual([]);
  });

  it('has the models that shipped lessons were written for', () => {
    const slugs = catalog.models.map((m) => m.slug);
    expect(slugs).toEqual(expect.arrayContaining(['qwen2-5-0-5b-instruct', 'llama-3-2-1b-instruct', 'phi-3-mini-4k-instruct', 'gemma-2-2b-it']));
  });

  it('is written in the canonical form', async () => {
    const stale: string[] = [];
    const check = async (file: string, canonical: string) => {
      const full = path.join(root, file);
      if ((await readFile(full, 'utf8')) === canonical) return;
      if (process.env.CATALOG_WRITE === '1') await writeFile(full, canonical);
      else stale.push(file);
    };
    for (const m of catalog.models) await check(`catalog/models/${m.slug}.yaml`, serializeModel(m));
    for (const l of catalog.licences) await check(`catalog/licences/${l.id}.yaml`, serializeLicence(l));
    // Rewrite with: CATALOG_WRITE=1 npx jest -c libs/model-catalog/jest.config.js shipped
    expect(stale).toEqual([]);
  });
});

describe('lessons of the shipped courses', () => {
  it('name only models the catalog has', async () => {
    const { courses } = await readCurriculaFolder(path.join(root, 'curricula'));
    const known = new Set(catalog.models.map((m) => m.slug));
    const unknown = courses.flatMap((course) =>
      course.lessons.flatMap((lesson) => (lesson.models ?? []).filter((slug) => !known.has(slug)).map((slug) => `courses/${course.slug}/lessons/${lesson.slug}.md names model "${slug}", which catalog/models/ does not have`)),
    );
    expect(courses.length).toBeGreaterThan(0);
    expect(unknown).toEqual([]);
  });
});
