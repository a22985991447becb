import { useEffect, useRef, useState } from 'react';
import { readStored, writeStored } from '../../../shared/storage';
import { type ExerciseScope, exerciseStorageKey } from '../../submissions/model/exercise-scope';

const SAVE_AFTER_MS = 300;

/**
 * The learner's code for a Python exercise, kept on this device while they type: it starts
 * from the last draft, or the starter code. Saved at most every 0.3 s (a module can reach 64 KB:
 * not worth writing on every key), when the page is hidden, and when the editor goes away.
 */
export function useCodeDraft(scope: ExerciseScope, starterCode: string) {
  const key = exerciseStorageKey('codeDraft', scope);
  const [code, setCode] = useState(() => readStored(key) ?? starterCode);
  const unsaved = useRef<string | null>(null);

  useEffect(() => {
    const save = () => {
      if (unsaved.current === null) return;
      // The untouched starter code is not a draft: a new course version may bring a better one.
      writeStored(key, unsaved.current === starterCode ? null : unsaved.current);
      unsaved.current = null;
    };
    const timer = setInterval(save, SAVE_AFTER_MS);
    window.addEventListener('pagehide', save);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pagehide', save);
      save();
    };
  }, [key, starterCode]);

  const change = (next: string) => {
    unsaved.current = next;
    setCode(next);
  };

  return [code, change] as const;
}
