/**
 * Which S3 object data events a trail's event selectors record for one bucket. Both selector kinds are read:
 * classic EventSelectors (DataResources of type AWS::S3::Object: "arn:aws:s3" for every bucket, "arn:aws:s3:::bucket/"
 * for every object of one bucket, a longer value for a key prefix only; ReadWriteType defaults to All) and
 * AdvancedEventSelectors (field selectors ANDed: eventCategory Data, resources.type AWS::S3::Object, resources.ARN
 * StartsWith/Equals/EndsWith and their negations, readOnly). Only selectors that record every object of the bucket
 * count; any other field (eventName, userIdentity.arn …) narrows a selector and it is reported, not counted.
 */
import type { AdvancedEventSelector, AdvancedFieldSelector, EventSelector } from '@aws-sdk/client-cloudtrail';
import type { TrailEventSelectors } from '../inventory/iam-logging.js';

export interface DataEventCoverage {
  /** Read (GetObject …) events of every object are recorded. */
  read: boolean;
  /** Write (PutObject, DeleteObject …) events of every object are recorded. */
  write: boolean;
  /** Selectors that touch the bucket without recording all of its objects, and why. */
  partial: string[];
}

function classic(selectors: EventSelector[], bucket: string, partition: string, out: DataEventCoverage): void {
  const whole = [`arn:${partition}:s3`, `arn:${partition}:s3:::`, `arn:${partition}:s3:::${bucket}`, `arn:${partition}:s3:::${bucket}/`];
  for (const sel of selectors) {
    // ReadWriteType defaults to All (EventSelector, CloudTrail API reference).
    const rw = sel.ReadWriteType ?? 'All';
    for (const dr of sel.DataResources ?? []) {
      if (dr.Type !== 'AWS::S3::Object') continue;
      for (const v of dr.Values ?? []) {
        if (whole.includes(v)) {
          out.read ||= rw !== 'WriteOnly';
          out.write ||= rw !== 'ReadOnly';
        } else if (v.startsWith(`arn:${partition}:s3:::${bucket}/`)) {
          out.partial.push(`event selector logs only the key prefix ${v}`);
        }
      }
    }
  }
}

/**
 * Whether one resources.ARN field selector admits every object of the bucket ("all"), some ("some"), or none.
 * Operators in one field selector are read as ANDed (mixing StartsWith with Equals or EndsWith counts as "some").
 */
function arnAdmits(f: AdvancedFieldSelector, objects: string): 'all' | 'some' | 'none' {
  const rank = { none: 0, some: 1, all: 2 } as const;
  let level: keyof typeof rank = 'all';
  const cap = (l: keyof typeof rank) => {
    if (rank[l] < rank[level]) level = l;
  };
  const [eq, sw, ew] = [f.Equals ?? [], f.StartsWith ?? [], f.EndsWith ?? []];
  if (eq.length + sw.length + ew.length > 0) {
    const coversAll = sw.some((v) => objects.startsWith(v)) && eq.length === 0 && ew.length === 0;
    const touches = [...sw, ...eq].some((v) => v.startsWith(objects) || objects.startsWith(v)) || ew.length > 0;
    if (!coversAll) cap(touches ? 'some' : 'none');
  }
  for (const v of f.NotStartsWith ?? []) cap(objects.startsWith(v) ? 'none' : v.startsWith(objects) ? 'some' : 'all');
  for (const v of f.NotEquals ?? []) if (v.startsWith(objects)) cap('some');
  if ((f.NotEndsWith ?? []).length > 0) cap('some');
  return level;
}

function advanced(selectors: AdvancedEventSelector[], bucket: string, partition: string, out: DataEventCoverage): void {
  const objects = `arn:${partition}:s3:::${bucket}/`;
  for (const sel of selectors) {
    const label = sel.Name ? `advanced selector "${sel.Name}"` : 'an advanced selector';
    const fields = sel.FieldSelectors ?? [];
    const named = (name: string) => fields.filter((f) => (f.Field ?? '').toLowerCase() === name.toLowerCase());
    const equalsAll = (list: AdvancedFieldSelector[], value: string) => list.length > 0 && list.every((f) => (f.Equals ?? []).includes(value));
    if (!equalsAll(named('eventCategory'), 'Data') || !equalsAll(named('resources.type'), 'AWS::S3::Object')) continue;
    const arn = named('resources.ARN').map((f) => arnAdmits(f, objects));
    if (arn.includes('none')) continue;
    const others = fields.filter((f) => {
      const n = (f.Field ?? '').toLowerCase();
      if (['eventcategory', 'resources.type', 'resources.arn', 'readonly'].includes(n)) return false;
      const onlyS3 = (f.Equals ?? []).join() === 's3.amazonaws.com' && ![f.StartsWith, f.EndsWith, f.NotEquals, f.NotStartsWith, f.NotEndsWith].some((a) => (a ?? []).length > 0);
      return !(n === 'eventsource' && onlyS3);
    });
    if (arn.includes('some') || others.length > 0) {
      const why = [...(arn.includes('some') ? ['resources.ARN selects only some objects'] : []), ...others.map((f) => `narrowed by ${f.Field}`)];
      out.partial.push(`${label}: ${why.join(', ')}`);
      continue;
    }
    const ro = named('readOnly').flatMap((f) => f.Equals ?? []);
    const readOnly = named('readOnly').length === 0 || ro.includes('true');
    const writeOnly = named('readOnly').length === 0 || ro.includes('false');
    out.read ||= readOnly;
    out.write ||= writeOnly;
  }
}

/** The S3 object data events of `bucket` that a trail's selectors record. */
export function s3DataEventCoverage(sel: TrailEventSelectors, bucket: string, partition: string): DataEventCoverage {
  const out: DataEventCoverage = { read: false, write: false, partial: [] };
  classic(sel.EventSelectors ?? [], bucket, partition, out);
  advanced(sel.AdvancedEventSelectors ?? [], bucket, partition, out);
  out.partial = [...new Set(out.partial)];
  return out;
}
