import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import en from '../i18n/en.json';

const TASKS = en.models.tasks;
const MODALITIES = en.models.modalities;

/**
 * Names of tasks and modalities in the reader's language; a value this app has no wording for
 * (a task added to the catalog later) is shown as the API labels it, or as it is.
 */
export function useTaskLabel() {
  const { t } = useTranslation();
  return useCallback(
    (task: string, fallback?: string) => (Object.prototype.hasOwnProperty.call(TASKS, task) ? t(`models.tasks.${task as keyof typeof TASKS}`) : (fallback ?? task)),
    [t],
  );
}

export function useModalityLabel() {
  const { t } = useTranslation();
  return useCallback(
    (modality: string, fallback?: string) =>
      Object.prototype.hasOwnProperty.call(MODALITIES, modality) ? t(`models.modalities.${modality as keyof typeof MODALITIES}`) : (fallback ?? modality),
    [t],
  );
}
