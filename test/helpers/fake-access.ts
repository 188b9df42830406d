/** An in-memory AwsAccess for collector tests: answers come from a table, every request is recorded. */
import { AwsCallError, requestKey, type AwsAccess, type AwsRequest } from '../../src/collect/access.js';

/** Answers from a table keyed like requestKey; anything else fails the request visibly (error code Unexpected). */
export function fakeAccess(answers: Record<string, Record<string, unknown> | AwsCallError>): AwsAccess & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    send(req: AwsRequest) {
      const key = requestKey(req);
      asked.push(key);
      const a = answers[key];
      if (a instanceof AwsCallError) return Promise.reject(a);
      if (!a) return Promise.reject(new AwsCallError('Unexpected', key, 400, `${req.service}:${req.operation}`));
      return Promise.resolve(a);
    },
  };
}
