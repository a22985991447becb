/** The limits and shapes of the format, in one place (docs/course-format.md explains them). */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MIN = 3;
export const SLUG_MAX = 64;
/** Tags and catalog model slugs: kebab-case, no length rule beyond 64. */
export const KEBAB_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Quiz question and option ids: letters and digits, optionally joined by - or _. */
export const QUIZ_ID_PATTERN = /^[A-Za-z0-9]+([-_][A-Za-z0-9]+)*$/;
/**
 * BCP 47 as used for course languages: a 2–3 letter language subtag, an optional script
 * (Latn, Arab, Ethi …) and an optional region (NG, 419), with the conventional casing.
 */
export const BCP47_PATTERN = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/;
/** One SPDX licence id (CC-BY-SA-4.0, MIT) or a LicenseRef-… of the course's own. */
export const SPDX_PATTERN = /^(LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.+-]*[A-Za-z0-9+])$/;
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PYTHON_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Exception names such as ValueError or json.JSONDecodeError. */
export const PYTHON_EXCEPTION = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
export const ISO_UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

export const TITLE_MAX = 120;
export const SUMMARY_MAX = 500;
export const TAGS_MAX = 12;
export const HOURS_MIN = 0.5;
export const HOURS_MAX = 200;
export const MINUTES_MIN = 1;
export const MINUTES_MAX = 240;
export const OBJECTIVES_MIN = 2;
export const OBJECTIVES_MAX = 4;
export const SUMMARY_LINES = 3;
export const OPTIONS_MIN = 2;
export const OPTIONS_MAX = 8;
export const TIME_LIMIT_MAX = 30;
export const MEMORY_MB_MAX = 1024;
/** The most attempts an exercise may set; leave `maxAttempts` out for unlimited. */
export const MAX_ATTEMPTS_MAX = 1000;
export const DATA_FILE_MAX_BYTES = 1024 * 1024;

export const DEFAULT_QUIZ_PASS_SCORE = 0.7;
export const DEFAULT_PYTHON_PASS_SCORE = 1.0;
export const DEFAULT_TIME_LIMIT_SECONDS = 5;
export const DEFAULT_MEMORY_MB = 256;
export const DEFAULT_POINTS = 1;

/** The info string that marks a worked example CI runs. */
export const PYTHON_EXAMPLE_INFO = 'python example';

/** Metrics where a lower score is better. */
export const LOWER_IS_BETTER = new Set(['rmse', 'mae', 'log_loss']);
/** Metrics scored on the probability of `positiveLabel` (binary targets only in version 1). */
export const PROBABILITY_METRICS = new Set(['roc_auc', 'log_loss']);
