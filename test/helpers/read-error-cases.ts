/** Read-failure cases shared by the tests of checks over one regional SageMaker list (notebooks, jobs …). */
import type { Inventory, Item } from '../../src/inventory/types.js';
import type { CheckCase } from './check-tester.js';
import { regional, unreadableItem } from './inventory.js';

/**
 * Two `error` cases: Describe<api> denied for the item `hidden` (an error naming AccessDeniedException), and
 * List<api>s denied in eu-west-1 next to `readable` in us-east-1 (an error for every `kind` there, and a pass for
 * `readable`, which must be a passing baseline).
 */
export function readErrorCases<T>(key: keyof Inventory, kind: string, api: string, hidden: string, readable: Item<T>): CheckCase[] {
  return [
    {
      name: `Describe${api} denied`,
      inventory: { [key]: regional([unreadableItem(kind, hidden)]) },
      expect: [{ status: 'error', resource: hidden, message: 'AccessDeniedException' }],
    },
    {
      name: `List${api}s denied in one region`,
      inventory: { [key]: regional([readable], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: `${kind}/*` },
        { status: 'pass', resource: readable.name },
      ],
    },
  ];
}
