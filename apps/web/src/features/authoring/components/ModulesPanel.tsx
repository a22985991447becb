import { type FormEvent, useState } from 'react';
import { type CourseModule, displayTitle, isValidSlug, type ItemKind, moveInList, readModules, replaceModules, yamlScalar } from '../model/course-modules';
import { EXERCISE_KINDS, type ExerciseKind } from '../model/templates';
import { useAuthoringText } from '../i18n/authoring-text';

export type NewItem = { kind: 'lesson'; slug: string } | { kind: 'exercise'; slug: string; exerciseKind: ExerciseKind };

interface ModulesPanelProps {
  courseYaml: string;
  /** Slugs of existing lessons and exercises (a new one may not reuse them). */
  takenSlugs: ReadonlySet<string>;
  onCourseYaml: (text: string) => void;
  /** Creates the files of a new item; course.yaml is updated by the panel. */
  onAddItem: (item: NewItem, courseYaml: string) => void;
  onOpenItem: (kind: ItemKind, slug: string) => void;
}

/** The modules and their items from course.yaml, with order controls and new items. */
export function ModulesPanel({ courseYaml, takenSlugs, onCourseYaml, onAddItem, onOpenItem }: ModulesPanelProps) {
    const a = useAuthoringText();
  const block = readModules(courseYaml);
  const [moduleSlug, setModuleSlug] = useState('');
  const [moduleTitle, setModuleTitle] = useState('');
  const [moduleError, setModuleError] = useState<string | null>(null);
  const [itemSlug, setItemSlug] = useState('');
  const [itemType, setItemType] = useState<'lesson' | ExerciseKind>('lesson');
  const [target, setTarget] = useState(0);
  const [itemError, setItemError] = useState<string | null>(null);

  if (!block) {
    return (
      <section className="panel" aria-labelledby="modules-title">
        <h2 id="modules-title">{a('modules.title')}</h2>
        <p className="message message-info">{a('modules.unreadable')}</p>
      </section>
    );
  }
  const readable = block;
  const modules = readable.modules;
  const write = (next: CourseModule[]) => onCourseYaml(replaceModules(courseYaml, readable, next));
  const moveItem = (m: number, i: number, delta: -1 | 1) => write(modules.map((mod, k) => (k === m ? { ...mod, items: moveInList(mod.items, i, delta) } : mod)));

  function addModule(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isValidSlug(moduleSlug)) return setModuleError(a('create.errors.slugFormat'));
    if (modules.some((m) => m.slug === moduleSlug)) return setModuleError(a('modules.slugTaken'));
    if (!moduleTitle.trim()) return setModuleError(a('modules.titleRequired'));
    setModuleError(null);
    write([...modules, { slug: moduleSlug, rawTitle: yamlScalar(moduleTitle), items: [] }]);
    setTarget(modules.length);
    setModuleSlug('');
    setModuleTitle('');
  }

  function addItem(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isValidSlug(itemSlug)) return setItemError(a('create.errors.slugFormat'));
    if (takenSlugs.has(itemSlug)) return setItemError(a('modules.slugTaken'));
    const index = Math.min(target, modules.length - 1);
    setItemError(null);
    const kind: ItemKind = itemType === 'lesson' ? 'lesson' : 'exercise';
    const next = modules.map((m, k) => (k === index ? { ...m, items: [...m.items, { kind, slug: itemSlug }] } : m));
    const item: NewItem = itemType === 'lesson' ? { kind: 'lesson', slug: itemSlug } : { kind: 'exercise', slug: itemSlug, exerciseKind: itemType };
    onAddItem(item, replaceModules(courseYaml, readable, next));
    setItemSlug('');
  }

  return (
    <section className="panel" aria-labelledby="modules-title">
      <h2 id="modules-title">{a('modules.title')}</h2>
      {modules.length === 0 ? <p className="muted">{a('modules.none')}</p> : null}
      <ol className="module-list">
        {modules.map((m, mi) => {
          const title = displayTitle(m.rawTitle) || m.slug;
          return (
            <li key={m.slug}>
              <div className="order-row">
                <strong>{title}</strong>
                <span className="order-buttons">
                  <button type="button" className="button button-small" disabled={mi === 0} onClick={() => write(moveInList(modules, mi, -1))} aria-label={a('modules.moveUp', { name: title })}>
                    ↑
                  </button>
                  <button type="button" className="button button-small" disabled={mi === modules.length - 1} onClick={() => write(moveInList(modules, mi, 1))} aria-label={a('modules.moveDown', { name: title })}>
                    ↓
                  </button>
                </span>
              </div>
              <ol className="item-list">
                {m.items.map((item, ii) => (
                  <li key={`${item.kind}:${item.slug}`} className="order-row">
                    <button type="button" className="link-button" onClick={() => onOpenItem(item.kind, item.slug)}>
                      {a(`modules.kind.${item.kind}`)}: {item.slug}
                    </button>
                    <span className="order-buttons">
                      <button type="button" className="button button-small" disabled={ii === 0} onClick={() => moveItem(mi, ii, -1)} aria-label={a('modules.moveUp', { name: item.slug })}>
                        ↑
                      </button>
                      <button type="button" className="button button-small" disabled={ii === m.items.length - 1} onClick={() => moveItem(mi, ii, 1)} aria-label={a('modules.moveDown', { name: item.slug })}>
                        ↓
                      </button>
                    </span>
                  </li>
                ))}
              </ol>
            </li>
          );
        })}
      </ol>

      <form className="inline-form" onSubmit={addModule} aria-labelledby="add-module-title" noValidate>
        <h3 id="add-module-title">{a('modules.addModule')}</h3>
        <div className="field">
          <label htmlFor="module-slug">{a('modules.slug')}</label>
          <input id="module-slug" value={moduleSlug} onChange={(e) => setModuleSlug(e.target.value)} autoCapitalize="none" spellCheck={false} />
        </div>
        <div className="field">
          <label htmlFor="module-title">{a('modules.moduleTitle')}</label>
          <input id="module-title" value={moduleTitle} onChange={(e) => setModuleTitle(e.target.value)} />
        </div>
        {moduleError ? (
          <p className="field-error" role="alert">
            {moduleError}
          </p>
        ) : null}
        <button type="submit" className="button">
          {a('modules.addModuleButton')}
        </button>
      </form>

      {modules.length > 0 ? (
        <form className="inline-form" onSubmit={addItem} aria-labelledby="add-item-title" noValidate>
          <h3 id="add-item-title">{a('modules.addItem')}</h3>
          <div className="field">
            <label htmlFor="item-type">{a('modules.itemType')}</label>
            <select id="item-type" value={itemType} onChange={(e) => setItemType(e.target.value as 'lesson' | ExerciseKind)}>
              <option value="lesson">{a('modules.kind.lesson')}</option>
              {EXERCISE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {a(`modules.exerciseKind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="item-slug">{a('modules.slug')}</label>
            <input id="item-slug" value={itemSlug} onChange={(e) => setItemSlug(e.target.value)} autoCapitalize="none" spellCheck={false} />
          </div>
          <div className="field">
            <label htmlFor="item-module">{a('modules.inModule')}</label>
            <select id="item-module" value={Math.min(target, modules.length - 1)} onChange={(e) => setTarget(Number(e.target.value))}>
              {modules.map((m, k) => (
                <option key={m.slug} value={k}>
                  {displayTitle(m.rawTitle) || m.slug}
                </option>
              ))}
            </select>
          </div>
          {itemError ? (
            <p className="field-error" role="alert">
              {itemError}
            </p>
          ) : null}
          <button type="submit" className="button">
            {a('modules.addItemButton')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
