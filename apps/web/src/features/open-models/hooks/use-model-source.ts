import { useCallback, useEffect, useState } from 'react';
import { type Problem, toProblem } from '../../../shared/graphql/problem';
import { useGraphqlClient } from '../../../shared/graphql/provider';
import { OpenModelSourceQuery } from '../graphql/open-model-source.query';
import { SaveOpenModelMutation, type SaveOpenModelData } from '../graphql/save-open-model.mutation';
import { NEW_MODEL_TEMPLATE } from '../model/new-model-template';
import { type SourceIssue, sourceIssues } from '../model/save-issues';
import { forgetSource, keepSource, readKeptSource } from '../model/source-storage';

export type SaveOutcome = { ok: true; model: SaveOpenModelData['saveOpenModel'] } | { ok: false; issues: SourceIssue[] | null; problem: Problem };

/**
 * The YAML of one model file being edited (`slug` null: a new model). The saved text comes from
 * `openModelSource`; edits not yet saved are kept in localStorage as they are typed and put
 * back when the page opens again.
 */
export function useModelSource(slug: string | null) {
  const client = useGraphqlClient();
  const [saved, setSaved] = useState<string | null>(slug ? null : NEW_MODEL_TEMPLATE);
  const [text, setText] = useState<string | null>(null);
  const [recoveredAt, setRecoveredAt] = useState<string | null>(null);
  const [loadProblem, setLoadProblem] = useState<Problem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let active = true;
    const kept = readKeptSource(slug);
    const start = (source: string) => {
      setSaved(source);
      if (kept && kept.source !== source) {
        setText(kept.source);
        setRecoveredAt(kept.keptAt);
      } else setText(source);
    };
    if (!slug) {
      start(NEW_MODEL_TEMPLATE);
      return;
    }
    void client
      .query(OpenModelSourceQuery, { slug })
      .toPromise()
      .then((result) => {
        if (!active) return;
        if (result.data && !result.error) {
          setLoadProblem(null);
          start(result.data.openModelSource);
        } else setLoadProblem(result.error ? toProblem(result.error) : { kind: 'graphql', code: 'UNKNOWN' });
      });
    return () => {
      active = false;
    };
  }, [client, slug, attempt]);

  const edit = useCallback(
    (next: string) => {
      setText(next);
      if (next === saved) forgetSource(slug);
      else keepSource(slug, next);
    },
    [saved, slug],
  );

  const discard = useCallback(() => {
    forgetSource(slug);
    setRecoveredAt(null);
    setText(saved);
  }, [saved, slug]);

  const save = useCallback(async (): Promise<SaveOutcome | null> => {
    if (text === null) return null;
    setSaving(true);
    try {
      const result = await client.mutation(SaveOpenModelMutation, { source: text }).toPromise();
      if (result.data && !result.error) {
        forgetSource(slug);
        setSaved(text);
        setRecoveredAt(null);
        return { ok: true, model: result.data.saveOpenModel };
      }
      return { ok: false, issues: sourceIssues(result.error), problem: result.error ? toProblem(result.error) : { kind: 'graphql', code: 'UNKNOWN' } };
    } finally {
      setSaving(false);
    }
  }, [client, slug, text]);

  return {
    text,
    dirty: text !== null && text !== saved,
    recoveredAt,
    loadProblem,
    reload: () => setAttempt((n) => n + 1),
    edit,
    discard,
    save,
    saving,
  };
}
