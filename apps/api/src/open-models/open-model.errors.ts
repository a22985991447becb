import { ErrorCode, InputErrorReason } from '@sankofa/domain';
import { AppError } from '../common/app-error';

/** One problem of a model file: the field path inside it, and what is wrong. */
export interface ModelIssue {
  path: string;
  message: string;
}

/** A model's YAML failed validation: every issue comes back in `extensions.issues`, and nothing is stored. */
export class OpenModelInvalidError extends AppError {
  constructor(readonly issues: ModelIssue[]) {
    super(ErrorCode.BAD_USER_INPUT, `The model file has ${issues.length} problem(s): ${issues.slice(0, 3).map((i) => `${i.path || '(file)'}: ${i.message}`).join('; ')}`, {
      field: 'source',
      reason: InputErrorReason.INVALID_VALUE,
      issues: issues.slice(0, 100),
    });
  }
}

/** The catalog folder given to an import has invalid files: every issue with its file. */
export class CatalogFolderInvalidError extends Error {
  constructor(readonly issues: Array<ModelIssue & { file: string }>) {
    super(`${issues.length} problem(s) in the catalog files:\n${issues.map((i) => `  ${i.file}${i.path ? ` ${i.path}` : ''}: ${i.message}`).join('\n')}`);
  }
}
