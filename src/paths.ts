/** Locates files shipped with the package (schemas, policy), from source or from the compiled dist/. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The package root: the nearest folder above this module holding smsec's package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'schemas'))) return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('smsec bug: package root not found');
    dir = parent;
  }
}

export function packageFile(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
