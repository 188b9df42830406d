/** The built-in check catalogue, in the order checks are listed. A registry test keeps it in step with the files. */
import type { AnyCheck } from '../src/check-api/index.js';
import sagemakerNotebookNoDirectInternet from './sagemaker/sagemaker-notebook-no-direct-internet.js';

export const BUILTIN_CHECKS: readonly AnyCheck[] = [sagemakerNotebookNoDirectInternet];
