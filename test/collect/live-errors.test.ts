/** How SDK failures are named in findings (src/collect/live.ts errorCode). */
import { describe, expect, it } from 'vitest';
import { errorCode } from '../../src/collect/live.js';

describe('errorCode', () => {
  it('uses the AWS error name when there is one', () => {
    expect(errorCode(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }))).toBe('AccessDeniedException');
    expect(errorCode({ name: 'ThrottlingException', code: 'ignored' })).toBe('ThrottlingException');
  });

  it('a dropped connection (a plain Error with a Node code) is named by its code, not "Error"', () => {
    expect(errorCode(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe('ECONNRESET');
    expect(errorCode(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }))).toBe('ECONNREFUSED');
  });

  it('falls back to Code (S3 XML errors), then to the name, then to UnknownError', () => {
    expect(errorCode({ name: 'Error', Code: 'SlowDown' })).toBe('SlowDown');
    expect(errorCode(new Error('plain'))).toBe('Error');
    expect(errorCode('a string')).toBe('UnknownError');
    expect(errorCode(undefined)).toBe('UnknownError');
  });
});
