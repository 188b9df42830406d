/**
 * A fake AWS endpoint on 127.0.0.1 that answers from a snapshot's recorded calls (or from any `AccountSource`, such as
 * the lazily computed accounts of generated-account.ts), over the real wire protocols of the installed SDK clients.
 * Point the SDK at it with AWS_ENDPOINT_URL=http://127.0.0.1:<port>.
 *
 * Protocols (from each client's protocol class and operation schemas in node_modules/@aws-sdk/client-*):
 *  - sts, iam   awsQuery:    POST /, form body `Action=<Op>&Version=…` (nested members `Name.member.1`); XML
 *                            `<OpResponse><OpResult>…`; errors `<ErrorResponse><Error><Type/><Code/><Message/></Error>`.
 *  - ec2        ec2Query:    POST /, form body `Action=<Op>&Version=2016-11-15`, lists flattened (`Filter.1.Value.1`),
 *                            keys by ec2QueryName; XML `<OpResponse><requestId/>…` with xmlName elements and `<item>`s;
 *                            errors `<Response><Errors><Error><Code/><Message/></Error></Errors>`.
 *  - sagemaker, cloudtrail, kms  awsJson1_1: POST /, `X-Amz-Target: <Prefix>.<Op>`, JSON keyed by member name;
 *                            timestamps epoch seconds (a timestamp sent as a string is refused with SerializationException,
 *                            as the real services do); errors: body `{"__type": name, "message": …}`.
 *  - s3, s3control restXml:  path-style `/<bucket>/?versioning` …, ListBuckets `GET /?x-id=ListBuckets`; XML named by
 *                            xmlName traits, timestamps ISO 8601; errors `<Error><Code/><Message/></Error>`. S3 Control
 *                            signs as `s3`: its requests are told apart by their `/v20180820/` paths (account id in the
 *                            x-amz-account-id header; with AWS_ENDPOINT_URL the SDK adds no account-id host prefix).
 *  - guardduty, macie2 restJson1: `GET /detector/{DetectorId}` …; JSON keyed by jsonName (lowerCamelCase), timestamps
 *                            by the model; errors `X-Amzn-ErrorType` header + `__type` body.
 *
 * The operation of a request is found from the protocol (target header, Action, method + URI template of the
 * operation's `http` trait); its region from the SigV4 credential scope (…/<date>/<region>/<service>/aws4_request).
 * The request is then looked up exactly as ReplayAccess does (requestKey). A request the source does not answer is
 * answered with a `NotRecorded` error (HTTP 400, not retried by the SDK), never with empty data.
 *
 * Faults (throttling, 5xx, AccessDenied, hangs, cut bodies, looping page tokens) are injected through the `faults`
 * option (see fake-faults.ts); `stats()` counts what was served: throttled and faulted answers, duplicates (a request
 * answered with data more than once), requests in flight, the longest page chain.
 *
 * Response shapes come from the operation schemas the SDK itself deserializes with (`new Command({}).schema`), so
 * timestamps, xmlName/xmlFlattened, jsonName and HTTP bindings follow the service model; the wire encoding is written here.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { requestKey, type AwsRequest } from '../../src/collect/access.js';
import { SERVICES, isServiceName, type ServiceName } from '../../src/collect/commands.js';
import type { RecordedCall, RecordedError, Snapshot } from '../../src/snapshot/format.js';

// ---------------------------------------------------------------------------------------------------------------
// Protocols

export type WireProtocol = 'awsQuery' | 'ec2Query' | 'awsJson1_1' | 'restXml' | 'restJson1';

interface ProtocolInfo {
  protocol: WireProtocol;
  /** Smithy shape id of the protocol, as `client.config.protocol.getShapeId()` reports it. */
  shapeId: string;
  /** awsJson: the X-Amz-Target prefix. */
  target?: string;
  /** awsQuery / ec2Query: the Version parameter. */
  version?: string;
  xmlNamespace?: string;
}

/**
 * What the installed clients speak (checked against the clients by the loopback test). Keyed by service name,
 * with room for services smsec may add; a service missing here is answered UnknownOperationException.
 */
export const PROTOCOLS: Readonly<Record<string, ProtocolInfo>> = {
  sts: { protocol: 'awsQuery', shapeId: 'aws.protocols#awsQuery', version: '2011-06-15', xmlNamespace: 'https://sts.amazonaws.com/doc/2011-06-15/' },
  iam: { protocol: 'awsQuery', shapeId: 'aws.protocols#awsQuery', version: '2010-05-08', xmlNamespace: 'https://iam.amazonaws.com/doc/2010-05-08/' },
  ec2: { protocol: 'ec2Query', shapeId: 'aws.protocols#ec2Query', version: '2016-11-15', xmlNamespace: 'http://ec2.amazonaws.com/doc/2016-11-15' },
  sagemaker: { protocol: 'awsJson1_1', shapeId: 'aws.protocols#awsJson1_1', target: 'SageMaker' },
  cloudtrail: { protocol: 'awsJson1_1', shapeId: 'aws.protocols#awsJson1_1', target: 'CloudTrail_20131101' },
  kms: { protocol: 'awsJson1_1', shapeId: 'aws.protocols#awsJson1_1', target: 'TrentService' },
  s3: { protocol: 'restXml', shapeId: 'aws.protocols#restXml', xmlNamespace: 'http://s3.amazonaws.com/doc/2006-03-01/' },
  s3control: { protocol: 'restXml', shapeId: 'aws.protocols#restXml', xmlNamespace: 'http://awss3control.amazonaws.com/doc/2018-08-20/' },
  guardduty: { protocol: 'restJson1', shapeId: 'aws.protocols#restJson1' },
  macie2: { protocol: 'restJson1', shapeId: 'aws.protocols#restJson1' },
};

const protocolOf = (service: string): ProtocolInfo | undefined =>
  Object.prototype.hasOwnProperty.call(PROTOCOLS, service) ? PROTOCOLS[service] : undefined;

// ---------------------------------------------------------------------------------------------------------------
// A small reader for the SDK's static schemas (the arrays behind `new XxxCommand({}).schema`).
// Numbers: 0 string, 1 number, 2 boolean, 4-7 timestamp (default, date-time, http-date, epoch-seconds), 15 document,
// 17/19 big numbers, 21/42 blob, 64|x list of x, 128|x map of x. Arrays: [0,ns,name,traits,ref] a named simple
// shape, [1,…,value] list, [2,…,key,value] map, [3|-3|4,ns,name,traits,memberNames,memberRefs] structure/error/union,
// [9,ns,name,traits,input,output] operation; a 2-element array is a member [ref, memberTraits].

type Traits = Record<string, unknown>;
type Kind = 'string' | 'number' | 'boolean' | 'timestamp' | 'blob' | 'document' | 'list' | 'map' | 'struct' | 'unit';

interface Shape {
  kind: Kind;
  name: string;
  /** Traits of the shape itself. */
  own: Traits;
  /** Traits applied where the shape is used as a member. */
  member: Traits;
  /** own + member, member winning. */
  traits: Traits;
  /** 4 default, 5 date-time, 6 http-date, 7 epoch-seconds. */
  tsFormat?: number;
  raw: unknown;
}

const TRAIT_BITS = ['httpLabel', 'idempotent', 'idempotencyToken', 'sensitive', 'httpPayload', 'httpResponseCode', 'httpQueryParams'];

function translateTraits(t: unknown): Traits {
  if (t && typeof t === 'object') return t as Traits;
  const n = typeof t === 'number' ? t : 0;
  const out: Traits = {};
  TRAIT_BITS.forEach((name, i) => {
    if ((n >> i) & 1) out[name] = 1;
  });
  return out;
}

const deref = (ref: unknown): unknown => (typeof ref === 'function' ? (ref as () => unknown)() : ref);

/** Resolves a schema reference; `memberTraits` are the traits of the member that refers to it. */
function shapeOf(ref: unknown, memberTraits: Traits = {}, depth = 0): Shape {
  if (depth > 16) throw new Error('fake-aws-server: schema member nesting too deep');
  const sc = deref(ref);
  const make = (kind: Kind, name: string, own: Traits, extra: Partial<Shape> = {}): Shape => ({
    kind,
    name,
    own,
    member: memberTraits,
    traits: { ...own, ...memberTraits },
    raw: sc,
    ...extra,
  });
  if (sc === 'unit' || sc === undefined) return make('unit', 'Unit', {});
  if (typeof sc === 'number') {
    if (sc >= 64 && sc < 128) return make('list', 'List', {});
    if (sc >= 128 && sc <= 255) return make('map', 'Map', {});
    if (sc >= 4 && sc <= 7) return make('timestamp', 'Timestamp', {}, { tsFormat: sc });
    if (sc === 0) return make('string', 'String', {});
    if (sc === 1 || sc === 17 || sc === 19) return make('number', 'Number', {});
    if (sc === 2) return make('boolean', 'Boolean', {});
    if (sc === 15) return make('document', 'Document', {});
    if (sc === 21 || sc === 42) return make('blob', 'Blob', {});
    return make('document', String(sc), {});
  }
  if (Array.isArray(sc)) {
    if (sc.length === 2) return shapeOf(sc[0], { ...translateTraits(sc[1]), ...memberTraits }, depth + 1);
    const [id, , name, traits] = sc as [number, string, string, unknown];
    const own = translateTraits(traits);
    if (id === 0) {
      const inner = shapeOf(sc[4], {}, depth + 1);
      return { ...inner, name, own: { ...inner.own, ...own }, member: memberTraits, traits: { ...inner.own, ...own, ...memberTraits } };
    }
    if (id === 1) return make('list', name, own);
    if (id === 2) return make('map', name, own);
    if (id === 3 || id === -3 || id === 4) return make('struct', name, own);
  }
  throw new Error(`fake-aws-server: unsupported schema ${JSON.stringify(sc)}`);
}

/** Members of a structure schema, resolved once per schema (large pages encode the same shapes many times). */
const membersCache = new WeakMap<object, [string, Shape][]>();

function structMembers(shape: Shape): [string, Shape][] {
  if (shape.kind !== 'struct') return [];
  const sc = shape.raw as unknown[];
  let members = membersCache.get(sc);
  if (!members) {
    const names = sc[4] as string[];
    const refs = sc[5] as unknown[];
    members = names.map((n, i) => {
      const r = refs[i];
      return [n, Array.isArray(r) && r.length === 2 ? shapeOf(r[0], translateTraits(r[1])) : shapeOf(r)] as [string, Shape];
    });
    membersCache.set(sc, members);
  }
  return members;
}

const valueCache = new WeakMap<object, Shape>();

function valueShape(shape: Shape): Shape {
  const sc = shape.raw;
  if (typeof sc === 'number') return shapeOf([sc & 0b0011_1111, 0]);
  const arr = sc as unknown[];
  let out = valueCache.get(arr);
  if (!out) {
    const v = shape.kind === 'map' ? arr[5] : arr[4];
    out = Array.isArray(v) && v.length === 2 ? shapeOf(v[0], translateTraits(v[1])) : shapeOf(v);
    valueCache.set(arr, out);
  }
  return out;
}

function keyShape(shape: Shape): Shape {
  const sc = shape.raw;
  if (typeof sc === 'number') return shapeOf(0);
  const k = (sc as unknown[])[4];
  return Array.isArray(k) && k.length === 2 ? shapeOf(k[0], translateTraits(k[1])) : shapeOf(k ?? 0);
}

interface OperationModel {
  service: ServiceName;
  name: string;
  traits: Traits;
  input: Shape;
  output: Shape;
}

const opCache = new Map<string, OperationModel | null>();

/** The model of an operation smsec can send (from its SDK command class), or undefined. */
export function operationModel(service: ServiceName, operation: string): OperationModel | undefined {
  const key = `${service}:${operation}`;
  if (!opCache.has(key)) {
    const commands = SERVICES[service].commands as Record<string, new (input: unknown) => { schema?: unknown }>;
    const Command = Object.prototype.hasOwnProperty.call(commands, operation) ? commands[operation] : undefined;
    const sc = Command ? (new Command({}).schema as unknown[] | undefined) : undefined;
    opCache.set(
      key,
      Array.isArray(sc) && sc[0] === 9
        ? { service, name: operation, traits: translateTraits(sc[3]), input: shapeOf(sc[4]), output: shapeOf(sc[5]) }
        : null,
    );
  }
  return opCache.get(key) ?? undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Values: recorded (plain JSON, timestamps as ISO strings) → wire, and → SDK output objects.

const MAX_DEPTH = 64;

/** Problems found while encoding: recorded fields the service model does not have, unparsable timestamps. */
type Problems = string[];

function epochMillis(v: unknown): number {
  if (typeof v === 'number') return v * 1000;
  if (v instanceof Date) return v.getTime();
  return Date.parse(String(v));
}

function tsFormat(shape: Shape, fallback: number): number {
  const f = shape.tsFormat ?? 4;
  if (f !== 4) return f;
  const t = shape.traits.timestampFormat;
  if (t === 'date-time') return 5;
  if (t === 'http-date') return 6;
  if (t === 'epoch-seconds') return 7;
  return fallback;
}

function wireTimestamp(shape: Shape, v: unknown, fallback: number, path: string, problems: Problems): string | number {
  const ms = epochMillis(v);
  if (Number.isNaN(ms)) {
    problems.push(`${path}: "${String(v)}" is not a timestamp`);
    return String(v);
  }
  const f = tsFormat(shape, fallback);
  if (f === 7) return ms / 1000;
  if (f === 6) return new Date(ms).toUTCString();
  return new Date(ms).toISOString();
}

function checkDepth(depth: number, path: string): void {
  if (depth > MAX_DEPTH) throw new Error(`fake-aws-server: value nested deeper than ${MAX_DEPTH} at ${path}`);
}

function isHttpBound(t: Traits): boolean {
  return Boolean(t.httpHeader || t.httpPrefixHeaders || t.httpResponseCode || t.httpLabel || t.httpQuery || t.httpQueryParams);
}

/** JSON wire value. `jsonName`: restJson1 renames members by their jsonName trait; awsJson does not. */
function toJsonWire(shape: Shape, value: unknown, jsonName: boolean, path: string, problems: Problems, depth = 0): unknown {
  checkDepth(depth, path);
  if (value === null || value === undefined) return undefined;
  switch (shape.kind) {
    case 'struct': {
      if (typeof value !== 'object') return value;
      const v = value as Record<string, unknown>;
      const members = structMembers(shape);
      const known = new Set(members.map(([n]) => n));
      for (const k of Object.keys(v)) if (!known.has(k) && v[k] !== undefined) problems.push(`${path}.${k}: not in the ${shape.name} model`);
      const out: Record<string, unknown> = {};
      for (const [name, m] of members) {
        if (v[name] === undefined || v[name] === null) continue;
        const key = jsonName ? ((m.member.jsonName as string | undefined) ?? name) : name;
        out[key] = toJsonWire(m, v[name], jsonName, `${path}.${name}`, problems, depth + 1);
      }
      return out;
    }
    case 'list': {
      if (!Array.isArray(value)) return value;
      const item = valueShape(shape);
      return value.map((x, i) => toJsonWire(item, x, jsonName, `${path}[${i}]`, problems, depth + 1) ?? null);
    }
    case 'map': {
      if (typeof value !== 'object') return value;
      const item = valueShape(shape);
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([k, x]) => [k, toJsonWire(item, x, jsonName, `${path}.${k}`, problems, depth + 1)]),
      );
    }
    case 'timestamp':
      return wireTimestamp(shape, value, 7, path, problems);
    case 'blob':
      return typeof value === 'string' ? Buffer.from(value, 'utf8').toString('base64') : value;
    default:
      return value;
  }
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

function xmlScalar(shape: Shape, value: unknown, path: string, problems: Problems): string {
  if (shape.kind === 'timestamp') return escapeXml(String(wireTimestamp(shape, value, 5, path, problems)));
  if (shape.kind === 'blob' && typeof value === 'string') return Buffer.from(value, 'utf8').toString('base64');
  return escapeXml(String(value));
}

/** The children of a structure element: members in model order, named by their member-level xmlName. */
function xmlStructContent(shape: Shape, value: Record<string, unknown>, path: string, problems: Problems, depth: number, skipHttp: boolean): string {
  const members = structMembers(shape);
  const known = new Set(members.map(([n]) => n));
  for (const k of Object.keys(value)) if (!known.has(k) && value[k] !== undefined) problems.push(`${path}.${k}: not in the ${shape.name} model`);
  let out = '';
  for (const [name, m] of members) {
    const v = value[name];
    if (v === undefined || v === null) continue;
    if (skipHttp && (isHttpBound(m.traits) || m.traits.httpPayload)) continue;
    if (m.traits.xmlAttribute) continue; // written on the element itself (xmlAttributes)
    const tag = (m.member.xmlName as string | undefined) ?? name;
    out += xmlMember(tag, m, v, `${path}.${name}`, problems, depth + 1);
  }
  return out;
}

/** A member as XML: lists and maps wrapped or flattened, everything else one element. */
function xmlMember(tag: string, shape: Shape, value: unknown, path: string, problems: Problems, depth: number): string {
  checkDepth(depth, path);
  if (shape.kind === 'list' && Array.isArray(value)) {
    const item = valueShape(shape);
    if (shape.traits.xmlFlattened) return value.map((x, i) => xmlElement(tag, item, x, `${path}[${i}]`, problems, depth + 1)).join('');
    const itemTag = (item.traits.xmlName as string | undefined) ?? 'member';
    return `<${tag}>${value.map((x, i) => xmlElement(itemTag, item, x, `${path}[${i}]`, problems, depth + 1)).join('')}</${tag}>`;
  }
  if (shape.kind === 'map' && value && typeof value === 'object') {
    const k = keyShape(shape);
    const item = valueShape(shape);
    const kTag = (k.traits.xmlName as string | undefined) ?? 'key';
    const vTag = (item.traits.xmlName as string | undefined) ?? 'value';
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([key, x]) => `<${kTag}>${escapeXml(key)}</${kTag}>${xmlElement(vTag, item, x, `${path}.${key}`, problems, depth + 1)}`,
    );
    if (shape.traits.xmlFlattened) return entries.map((e) => `<${tag}>${e}</${tag}>`).join('');
    return `<${tag}>${entries.map((e) => `<entry>${e}</entry>`).join('')}</${tag}>`;
  }
  return xmlElement(tag, shape, value, path, problems, depth);
}

/** Members with the xmlAttribute trait, as attributes of their structure's element (S3 Grantee's xsi:type). */
function xmlAttributes(shape: Shape, value: Record<string, unknown>, path: string, problems: Problems): string {
  let out = '';
  for (const [name, m] of structMembers(shape)) {
    const v = value[name];
    if (!m.traits.xmlAttribute || v === undefined || v === null) continue;
    const attr = (m.member.xmlName as string | undefined) ?? name;
    if (attr.startsWith('xsi:') && !out.includes('xmlns:xsi=')) out += ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
    out += ` ${attr}="${xmlScalar(m, v, `${path}.${name}`, problems)}"`;
  }
  return out;
}

function xmlElement(tag: string, shape: Shape, value: unknown, path: string, problems: Problems, depth: number, attrs = ''): string {
  checkDepth(depth, path);
  if (shape.kind === 'struct' && value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    const inner = xmlStructContent(shape, v, path, problems, depth, false);
    const all = attrs + xmlAttributes(shape, v, path, problems);
    return inner ? `<${tag}${all}>${inner}</${tag}>` : `<${tag}${all}/>`;
  }
  if (shape.kind === 'list' && Array.isArray(value)) {
    // A list as a list item or payload (nested collections): always the wrapped form.
    const item = valueShape(shape);
    const itemTag = (item.traits.xmlName as string | undefined) ?? 'member';
    return `<${tag}${attrs}>${value.map((x, i) => xmlElement(itemTag, item, x, `${path}[${i}]`, problems, depth + 1)).join('')}</${tag}>`;
  }
  if (shape.kind === 'map' && value && typeof value === 'object') {
    const k = keyShape(shape);
    const item = valueShape(shape);
    const kTag = (k.traits.xmlName as string | undefined) ?? 'key';
    const vTag = (item.traits.xmlName as string | undefined) ?? 'value';
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([key, x]) => `<entry><${kTag}>${escapeXml(key)}</${kTag}>${xmlElement(vTag, item, x, `${path}.${key}`, problems, depth + 1)}</entry>`,
    );
    return `<${tag}${attrs}>${entries.join('')}</${tag}>`;
  }
  return `<${tag}${attrs}>${xmlScalar(shape, value, path, problems)}</${tag}>`;
}

/**
 * What the SDK client returns for a recorded response: timestamp members as Date objects (per the model), with
 * `$metadata`. For mocking clients (aws-sdk-client-mock) with realistic outputs.
 */
export function toSdkOutput(service: ServiceName, operation: string, response: Record<string, unknown>, httpStatusCode = 200): Record<string, unknown> {
  const model = operationModel(service, operation);
  if (!model) throw new Error(`fake-aws-server: ${service}:${operation} is not an operation smsec sends`);
  const toSdk = (shape: Shape, value: unknown, depth: number): unknown => {
    checkDepth(depth, operation);
    if (value === null || value === undefined) return value;
    switch (shape.kind) {
      case 'struct': {
        if (typeof value !== 'object') return value;
        const v = value as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const [name, m] of structMembers(shape)) if (v[name] !== undefined) out[name] = toSdk(m, v[name], depth + 1);
        return out;
      }
      case 'list':
        return Array.isArray(value) ? value.map((x) => toSdk(valueShape(shape), x, depth + 1)) : value;
      case 'map':
        return typeof value === 'object'
          ? Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, x]) => [k, toSdk(valueShape(shape), x, depth + 1)]))
          : value;
      case 'timestamp':
        return new Date(epochMillis(value));
      default:
        return value;
    }
  };
  return { ...(toSdk(model.output, response, 0) as Record<string, unknown>), $metadata: { httpStatusCode, requestId: 'fake-request-id', attempts: 1, totalRetryDelay: 0 } };
}

/**
 * A recorded response restricted to the fields the service model defines: what can come back through the SDK at
 * all (the SDK drops anything else). Use it to compare recordings with a hand-built snapshot.
 */
export function modelView(service: ServiceName, operation: string, response: Record<string, unknown>): Record<string, unknown> {
  const model = operationModel(service, operation);
  if (!model) throw new Error(`fake-aws-server: ${service}:${operation} is not an operation smsec sends`);
  const prune = (shape: Shape, value: unknown, depth: number): unknown => {
    checkDepth(depth, operation);
    if (value === null || value === undefined || typeof value !== 'object') return value;
    if (shape.kind === 'struct') {
      const v = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [name, m] of structMembers(shape)) if (v[name] !== undefined) out[name] = prune(m, v[name], depth + 1);
      return out;
    }
    if (shape.kind === 'list' && Array.isArray(value)) return value.map((x) => prune(valueShape(shape), x, depth + 1));
    if (shape.kind === 'map') {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, x]) => [k, prune(valueShape(shape), x, depth + 1)]));
    }
    return value;
  };
  return prune(model.output, response, 0) as Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------------------------
// Wire responses

interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const REQUEST_ID = '6f1c2a7e-0b7d-4c3e-9a51-2f7d0c1e9b44';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>';

function successResponse(model: OperationModel, info: ProtocolInfo, response: Record<string, unknown>, problems: Problems): WireResponse {
  const op = model.name;
  const out = model.output;
  const path = `${model.service}:${op}`;
  switch (info.protocol) {
    case 'awsJson1_1':
      return {
        status: 200,
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': REQUEST_ID },
        body: JSON.stringify(toJsonWire(out, response, false, path, problems) ?? {}),
      };
    case 'awsQuery': {
      const inner = out.kind === 'struct' ? xmlStructContent(out, response, path, problems, 0, false) : '';
      return {
        status: 200,
        headers: { 'content-type': 'text/xml', 'x-amzn-requestid': REQUEST_ID },
        body:
          `<${op}Response xmlns="${info.xmlNamespace}"><${op}Result>${inner}</${op}Result>` +
          `<ResponseMetadata><RequestId>${REQUEST_ID}</RequestId></ResponseMetadata></${op}Response>\n`,
      };
    }
    case 'ec2Query': {
      const inner = out.kind === 'struct' ? xmlStructContent(out, response, path, problems, 0, false) : '';
      return {
        status: 200,
        headers: { 'content-type': 'text/xml;charset=UTF-8' },
        body: `${XML_DECL}\n<${op}Response xmlns="${info.xmlNamespace}"><requestId>${REQUEST_ID}</requestId>${inner}</${op}Response>`,
      };
    }
    case 'restJson1':
    case 'restXml':
      return restResponse(model, info, response, problems);
  }
}

/** REST protocols: header/status bindings, then the payload member or the remaining members as the body. */
function restResponse(model: OperationModel, info: ProtocolInfo, response: Record<string, unknown>, problems: Problems): WireResponse {
  const xml = info.protocol === 'restXml';
  const path = `${model.service}:${model.name}`;
  const headers: Record<string, string> = xml
    ? { 'x-amz-request-id': REQUEST_ID, 'x-amz-id-2': 'ZmFrZS1hd3Mtc2VydmVy' }
    : { 'x-amzn-requestid': REQUEST_ID };
  let status = 200;
  const members = structMembers(model.output);
  for (const [name, m] of members) {
    const v = response[name];
    if (v === undefined || v === null) continue;
    if (typeof m.traits.httpHeader === 'string') {
      headers[m.traits.httpHeader.toLowerCase()] =
        m.kind === 'timestamp' ? String(wireTimestamp(m, v, 6, `${path}.${name}`, problems)) : Array.isArray(v) ? v.join(', ') : String(v);
    } else if (m.traits.httpResponseCode && typeof v === 'number') {
      status = v;
    } else if (typeof m.traits.httpPrefixHeaders === 'string' && typeof v === 'object') {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) headers[`${m.traits.httpPrefixHeaders}${k}`.toLowerCase()] = String(x);
    }
  }
  const payload = members.find(([, m]) => m.traits.httpPayload);
  if (payload) {
    const [name, m] = payload;
    const v = response[name];
    for (const k of Object.keys(response)) if (!members.some(([n]) => n === k)) problems.push(`${path}.${k}: not in the model`);
    if (v === undefined || v === null) return { status, headers, body: '' };
    if (m.kind === 'struct' || m.kind === 'list' || m.kind === 'map') {
      if (xml) {
        const root = (m.traits.xmlName as string | undefined) ?? m.name;
        headers['content-type'] = 'application/xml';
        return { status, headers, body: XML_DECL + xmlElement(root, m, v, `${path}.${name}`, problems, 0, ` xmlns="${info.xmlNamespace}"`) };
      }
      headers['content-type'] = 'application/json';
      return { status, headers, body: JSON.stringify(toJsonWire(m, v, true, `${path}.${name}`, problems)) };
    }
    // A string or blob payload is the body itself (S3 GetBucketPolicy: the policy JSON).
    headers['content-type'] = xml ? 'application/json' : 'text/plain';
    return { status, headers, body: String(v) };
  }
  if (xml) {
    headers['content-type'] = 'application/xml';
    // S3 customisation: GetBucketLocation's body is the constraint as the text of the root element.
    if (model.service === 's3' && model.name === 'GetBucketLocation') {
      const c = response.LocationConstraint;
      const ns = ` xmlns="${info.xmlNamespace}"`;
      return { status, headers, body: XML_DECL + (c ? `<LocationConstraint${ns}>${escapeXml(String(c))}</LocationConstraint>` : `<LocationConstraint${ns}/>`) };
    }
    const root = (model.output.own.xmlName as string | undefined) ?? model.output.name;
    const inner = xmlStructContent(model.output, response, path, problems, 0, true);
    const ns = ` xmlns="${info.xmlNamespace}"`;
    return { status, headers, body: XML_DECL + (inner ? `<${root}${ns}>${inner}</${root}>` : `<${root}${ns}/>`) };
  }
  const body: Record<string, unknown> = {};
  const known = new Set(members.map(([n]) => n));
  for (const k of Object.keys(response)) if (!known.has(k) && response[k] !== undefined) problems.push(`${path}.${k}: not in the model`);
  for (const [name, m] of members) {
    const v = response[name];
    if (v === undefined || v === null || isHttpBound(m.traits)) continue;
    body[(m.member.jsonName as string | undefined) ?? name] = toJsonWire(m, v, true, `${path}.${name}`, problems, 1);
  }
  headers['content-type'] = 'application/json';
  return { status, headers, body: JSON.stringify(body) };
}

/** An error in the protocol's own format, so the SDK surfaces `err.name` = `error.name`. */
export function errorResponse(info: ProtocolInfo | undefined, error: RecordedError): WireResponse {
  const status = error.httpStatus ?? 400;
  switch (info?.protocol ?? 'awsJson1_1') {
    case 'ec2Query':
      return {
        status,
        headers: { 'content-type': 'text/xml;charset=UTF-8' },
        body:
          `${XML_DECL}\n<Response><Errors><Error><Code>${escapeXml(error.name)}</Code><Message>${escapeXml(error.message)}</Message></Error></Errors>` +
          `<RequestID>${REQUEST_ID}</RequestID></Response>`,
      };
    case 'awsQuery':
      return {
        status,
        headers: { 'content-type': 'text/xml', 'x-amzn-requestid': REQUEST_ID },
        body:
          `<ErrorResponse xmlns="${info?.xmlNamespace ?? ''}"><Error><Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type>` +
          `<Code>${escapeXml(error.name)}</Code><Message>${escapeXml(error.message)}</Message></Error>` +
          `<RequestId>${REQUEST_ID}</RequestId></ErrorResponse>\n`,
      };
    case 'restXml':
      return {
        status,
        headers: { 'content-type': 'application/xml', 'x-amz-request-id': REQUEST_ID, 'x-amz-id-2': 'ZmFrZS1hd3Mtc2VydmVy' },
        body:
          `${XML_DECL}\n<Error><Code>${escapeXml(error.name)}</Code><Message>${escapeXml(error.message)}</Message>` +
          `<RequestId>${REQUEST_ID}</RequestId><HostId>ZmFrZS1hd3Mtc2VydmVy</HostId></Error>`,
      };
    case 'restJson1':
      return {
        status,
        headers: { 'content-type': 'application/json', 'x-amzn-requestid': REQUEST_ID, 'x-amzn-errortype': error.name },
        body: JSON.stringify({ __type: error.name, message: error.message }),
      };
    case 'awsJson1_1':
      return {
        status,
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': REQUEST_ID },
        body: JSON.stringify({ __type: error.name, message: error.message }),
      };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Requests: wire → (service, region, operation, input)

interface IncomingCall {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: string;
}

/** The SigV4 credential scope of a request: `Credential=<key>/<date>/<region>/<service>/aws4_request`. */
export function credentialScope(authorization: string | undefined): { region: string; service: string } | undefined {
  const m = /^AWS4-HMAC-SHA256 Credential=[^/,\s]+\/\d{8}\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request,\s*SignedHeaders=[^,\s]+,\s*Signature=[0-9a-f]{64}$/.exec(
    authorization ?? '',
  );
  return m ? { region: m[1]!, service: m[2]! } : undefined;
}

/** A string from the wire as the input member's type (query strings, labels, form parameters). */
function fromString(shape: Shape, s: string): unknown {
  if (shape.kind === 'number') return Number(s);
  if (shape.kind === 'boolean') return s === 'true';
  if (shape.kind === 'timestamp') return new Date(/^\d+(\.\d+)?$/.test(s) ? Number(s) * 1000 : Date.parse(s)).toISOString();
  return s;
}

type Parsed = { operation: string; input: Record<string, unknown>; refuse?: RecordedError } | { unknown: string };

function parseRpcJson(service: ServiceName, info: ProtocolInfo, call: IncomingCall): Parsed {
  const target = String(call.headers['x-amz-target'] ?? '');
  const prefix = `${info.target}.`;
  if (call.method !== 'POST' || !target.startsWith(prefix)) return { unknown: `no ${prefix}<Operation> X-Amz-Target` };
  const operation = target.slice(prefix.length);
  if (!operationModel(service, operation)) return { unknown: `unknown operation ${operation}` };
  let input: unknown;
  try {
    input = call.body ? JSON.parse(call.body) : {};
  } catch {
    return { unknown: 'request body is not JSON' };
  }
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { unknown: 'request body is not a JSON object' };
  // Timestamps travel as epoch seconds; the request key (like a recording) holds them as ISO strings. A string on the
  // wire is what the SDK sends for a timestamp given as a string instead of a Date, and the services refuse it.
  const body = input as Record<string, unknown>;
  for (const [name, m] of structMembers(operationModel(service, operation)!.input)) {
    if (m.kind !== 'timestamp' || body[name] === undefined) continue;
    const v = body[name];
    if (typeof v !== 'number') {
      return { operation, input: body, refuse: { name: 'SerializationException', message: 'STRING_VALUE can not be converted to milliseconds since epoch', httpStatus: 400 } };
    }
    body[name] = new Date(Math.round(v * 1000)).toISOString();
  }
  return { operation, input: body };
}

/** Query parameters as a tree of their dotted key segments (`Filter.1.Value.2` → Filter → 1 → Value → 2). */
interface QueryNode {
  value?: string;
  children: Map<string, QueryNode>;
}

function queryTree(params: URLSearchParams): QueryNode {
  const root: QueryNode = { children: new Map() };
  for (const [k, v] of params) {
    let node = root;
    for (const seg of k.split('.')) {
      let next = node.children.get(seg);
      if (!next) node.children.set(seg, (next = { children: new Map() }));
      node = next;
    }
    node.value = v;
  }
  return root;
}

/** The query key of a structure member, as the SDK's QueryShapeSerializer writes it. */
function queryKey(name: string, m: Shape, ec2: boolean): string {
  if (ec2 && typeof m.traits.ec2QueryName === 'string') return m.traits.ec2QueryName;
  const key = (m.traits.xmlName as string | undefined) ?? name;
  return ec2 ? key[0]!.toUpperCase() + key.slice(1) : key;
}

const byIndex = (node: QueryNode): QueryNode[] =>
  [...node.children.entries()].filter(([k]) => /^\d+$/.test(k)).sort(([a], [b]) => Number(a) - Number(b)).map(([, n]) => n);

/** Decodes a query parameter tree by the input shape (awsQuery: `List.member.N`; ec2Query: flattened `List.N`). */
function decodeQuery(shape: Shape, node: QueryNode, ec2: boolean, depth = 0): unknown {
  checkDepth(depth, shape.name);
  switch (shape.kind) {
    case 'struct': {
      const out: Record<string, unknown> = {};
      for (const [name, m] of structMembers(shape)) {
        const child = node.children.get(queryKey(name, m, ec2));
        if (child) out[name] = decodeQuery(m, child, ec2, depth + 1);
      }
      return out;
    }
    case 'list': {
      if (node.value === '' && node.children.size === 0) return [];
      const item = valueShape(shape);
      const flat = ec2 || Boolean(shape.traits.xmlFlattened);
      const container = flat ? node : node.children.get((item.traits.xmlName as string | undefined) ?? 'member');
      return container ? byIndex(container).map((n) => decodeQuery(item, n, ec2, depth + 1)) : [];
    }
    case 'map': {
      const k = keyShape(shape);
      const v = valueShape(shape);
      const kName = (k.traits.xmlName as string | undefined) ?? 'key';
      const vName = (v.traits.xmlName as string | undefined) ?? 'value';
      const entries = shape.traits.xmlFlattened ? byIndex(node) : byIndex(node.children.get('entry') ?? { children: new Map() });
      return Object.fromEntries(
        entries.map((e) => [e.children.get(kName)?.value ?? '', e.children.get(vName) ? decodeQuery(v, e.children.get(vName)!, ec2, depth + 1) : undefined]),
      );
    }
    default:
      return fromString(shape, node.value ?? '');
  }
}

function parseQuery(service: ServiceName, info: ProtocolInfo, call: IncomingCall): Parsed {
  if (call.method !== 'POST') return { unknown: `${info.protocol} requests are POSTs` };
  const params = new URLSearchParams(call.body);
  const operation = params.get('Action') ?? '';
  const model = operationModel(service, operation);
  if (!model) return { unknown: `unknown Action ${operation}` };
  if (params.get('Version') !== info.version) return { unknown: `unexpected Version ${params.get('Version')}` };
  params.delete('Action');
  params.delete('Version');
  const decoded = decodeQuery(model.input, queryTree(params), info.protocol === 'ec2Query');
  // An operation without input members (GetAccountPasswordPolicy, GetCallerIdentity …) has the empty input {}.
  const input = decoded !== null && typeof decoded === 'object' ? (decoded as Record<string, unknown>) : {};
  return { operation, input };
}

/** Matches a REST request against the `http` trait [method, "/path/{Label}?literal", code] of each operation smsec sends. */
function parseRest(service: ServiceName, call: IncomingCall): Parsed {
  let segments = call.url.pathname.split('/').slice(1).map(decodeURIComponent);
  if (segments.length > 0 && segments[segments.length - 1] === '') segments = segments.slice(0, -1);
  let bucket: string | undefined;
  if (service === 's3' && segments.length > 0) {
    // Path-style addressing: the bucket is the first path segment, not part of the operation's URI template.
    bucket = segments[0];
    segments = segments.slice(1);
  }
  let best: { operation: string; input: Record<string, unknown>; score: number } | undefined;
  for (const operation of Object.keys(SERVICES[service].commands)) {
    const model = operationModel(service, operation);
    const http = model?.traits.http as [string, string, number] | undefined;
    if (!model || !http || http[0] !== call.method) continue;
    const [pathPart, queryPart = ''] = http[1].split('?');
    const tmpl = pathPart!.split('/').slice(1).filter((s, i, a) => !(s === '' && i === a.length - 1));
    const labels: Record<string, string> = {};
    let ok = true;
    let i = 0;
    for (; i < tmpl.length && ok; i++) {
      const t = tmpl[i]!;
      const label = /^\{([A-Za-z0-9_]+)(\+?)\}$/.exec(t);
      if (label?.[2] === '+') {
        labels[label[1]!] = segments.slice(i).join('/');
        i = segments.length;
        break;
      }
      if (i >= segments.length) ok = false;
      else if (label) labels[label[1]!] = segments[i]!;
      else if (t !== segments[i]) ok = false;
    }
    if (!ok || i !== segments.length) continue;
    const literals = new URLSearchParams(queryPart);
    for (const [k, v] of literals) if (!call.url.searchParams.has(k) || (v !== '' && call.url.searchParams.get(k) !== v)) ok = false;
    if (!ok) continue;
    const input: Record<string, unknown> = {};
    for (const [name, m] of structMembers(model.input)) {
      const t = m.traits;
      if (t.httpLabel) {
        if (labels[name] !== undefined) input[name] = fromString(m, labels[name]);
        else if (service === 's3' && name === 'Bucket' && bucket !== undefined) input[name] = bucket;
        else ok = false;
      } else if (typeof t.httpQuery === 'string') {
        const all = call.url.searchParams.getAll(t.httpQuery);
        if (all.length) input[name] = m.kind === 'list' ? all.map((x) => fromString(valueShape(m), x)) : fromString(m, all[0]!);
      } else if (typeof t.httpHeader === 'string') {
        const h = call.headers[t.httpHeader.toLowerCase()];
        if (typeof h === 'string') input[name] = fromString(m, h);
      }
    }
    if (!ok) continue;
    if (service === 's3' && bucket !== undefined && !('Bucket' in input)) continue; // bucket given to a bucketless operation
    if (PROTOCOLS[service]?.protocol === 'restJson1' && call.body && call.body !== '{}') {
      try {
        const body = JSON.parse(call.body) as Record<string, unknown>;
        for (const [name, m] of structMembers(model.input)) {
          const key = (m.member.jsonName as string | undefined) ?? name;
          if (body[key] !== undefined && !isHttpBound(m.traits)) input[name] = body[key];
        }
      } catch {
        continue;
      }
    }
    const score = [...literals.keys()].length;
    if (!best || score > best.score) best = { operation, input, score };
  }
  return best ? { operation: best.operation, input: best.input } : { unknown: `no operation for ${call.method} ${call.url.pathname}${call.url.search}` };
}

// ---------------------------------------------------------------------------------------------------------------
// Sources: what the fake account answers

/** The account's answer to one request: a response, or the error the service would send. */
export interface SourceAnswer {
  response?: Record<string, unknown>;
  error?: RecordedError;
}

/** Where the fake endpoint's answers come from: a recorded snapshot, or an account computed on demand. */
export interface AccountSource {
  /** The answer to a request (`key` is its requestKey), or undefined when the source holds none (served as NotRecorded). */
  answer(request: AwsRequest, key: string): SourceAnswer | undefined;
  /** How NotRecorded names the source ("the snapshot"). */
  readonly label?: string;
}

/** A snapshot as a source: each recorded call answers the request with its key, exactly as ReplayAccess does. */
export function snapshotSource(snapshot: Snapshot): AccountSource {
  const byKey = new Map<string, RecordedCall>(snapshot.calls.map((c) => [requestKey(c), c]));
  return { label: 'the snapshot', answer: (_request, key) => byKey.get(key) };
}

const isSnapshot = (s: Snapshot | AccountSource): s is Snapshot => Array.isArray((s as Partial<Snapshot>).calls);

// ---------------------------------------------------------------------------------------------------------------
// Faults: the hook fake-faults.ts implements

/** What a fault injector decides for one request. */
export interface FaultDecision {
  /** Counted in stats().faults under this label ("throttle", "server-error", …). */
  label: string;
  /** Answer with this error instead of the source's answer. */
  error?: RecordedError;
  /** The error is a throttling answer (also counted in stats().throttled). */
  throttled?: boolean;
  /** Extra delay before answering, on top of the server's latency. */
  delayMs?: number;
  /** Answer nothing: hold the request this long, then cut the connection (the client may give up first). */
  hangMs?: number;
  /** Send the status line, the headers (with the full Content-Length) and half the body, then cut the connection. */
  truncateBody?: boolean;
  /** Changes the source's successful answer (e.g. a page token that repeats). */
  rewrite?: (response: Record<string, unknown>, request: AwsRequest) => Record<string, unknown>;
}

export interface FaultInjector {
  /** Called once per understood request, when it has arrived, before the source is asked. */
  decide(request: AwsRequest, key: string): FaultDecision | undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// The server

export type Outcome =
  | 'response'
  | 'error'
  | 'not-recorded'
  | 'unknown-operation'
  | 'unsigned'
  /** Answered with the service's throttling error by a fault injector. */
  | 'throttled'
  /** Answered (or not) by a fault injector: injected error, hang, cut body. */
  | 'fault'
  /** Refused as the service would refuse a malformed request (e.g. a timestamp sent as a string). */
  | 'refused';

export interface ServedRequest {
  service?: string;
  region?: string;
  operation?: string;
  input?: Record<string, unknown>;
  /** requestKey of the request, when it was understood. */
  key?: string;
  outcome: Outcome;
  httpStatus: number;
  detail?: string;
  /** Label of the fault injected, if any. */
  fault?: string;
}

export interface FakeAwsServerOptions {
  /** Delay before each answer, in ms (a number, or per request). */
  latencyMs?: number | ((request: AwsRequest) => number);
  /** Largest request body accepted (default 1 MiB). */
  maxBodyBytes?: number;
  /** Injects faults (fake-faults.ts). */
  faults?: FaultInjector;
  /** Requests kept in `requests` (default 100,000); later ones are still answered and counted. */
  logLimit?: number;
}

/** What the server has served since it started (or since reset()). */
export interface ServerStats {
  /** Every request received, understood or not. */
  requests: number;
  byOutcome: Partial<Record<Outcome, number>>;
  /** Answers that were the service's throttling error. */
  throttled: number;
  /** Faults injected, by label. */
  faults: Record<string, number>;
  /** Distinct requests (requestKey) received. */
  distinctKeys: number;
  /** Distinct requests answered with data (a response, or the source's error) at least once. */
  answeredKeys: number;
  /** Answers with data beyond the first for the same request: work the client did twice. Retries of faults are not duplicates. */
  duplicates: number;
  /** Requests the client gave up on (closed the connection) before the server answered. */
  clientAborts: number;
  /** Requests in flight now (received, not yet answered or given up). */
  inFlight: number;
  /** Most requests in flight at once. */
  maxInFlight: number;
  maxInFlightByService: Record<string, number>;
  /**
   * Milliseconds the server held requests, per service, summed: from receiving a request's last byte to the end of
   * its answer (the configured latency, the server's own work and its event loop's delays).
   */
  heldMsByService: Record<string, number>;
  /** Distinct requests answered with data, per service. */
  answeredByService: Record<string, number>;
  /** The listing with the most pages answered (its pages can only be fetched one after another). */
  longestPageChain?: { listing: string; pages: number };
  /** performance.now() of the first request received and of the last answer sent (the span the client was collecting). */
  firstRequestAt?: number;
  lastAnswerAt?: number;
}

export interface FakeAwsServer {
  readonly port: number;
  /** http://127.0.0.1:<port>, for AWS_ENDPOINT_URL. */
  readonly endpoint: string;
  /** Every request received, in arrival order (up to `logLimit`). */
  readonly requests: readonly ServedRequest[];
  /** Requests received per operation ("sagemaker:ListModels" → n), understood ones only. */
  countsByOperation(): Record<string, number>;
  /** Requests received per requestKey (faulted ones included). */
  countsByKey(): Map<string, number>;
  /** Answers with data per requestKey (throttled and faulted answers excluded). */
  answersByKey(): Map<string, number>;
  stats(): ServerStats;
  /** Recorded fields the service model does not know (they could never come back from a live call). */
  readonly problems: readonly string[];
  /** Serve another snapshot from now on. */
  setSnapshot(snapshot: Snapshot): void;
  /** Serve another snapshot or computed account from now on. */
  setSource(source: Snapshot | AccountSource): void;
  /** Forget the requests received so far (and every count). */
  reset(): void;
  close(): Promise<void>;
}

/**
 * Environment for a process (or a stubbed test) whose SDK requests all go to the fake endpoint: dummy credentials, a
 * config folder of its own (`home`, holding empty `config` and `credentials` files), and never the instance metadata
 * service (169.254.169.254).
 */
export function loopbackEnv(endpoint: string, home: string): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_REGION: 'us-east-1',
    AWS_CONFIG_FILE: join(home, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

/** Input fields that carry a page token: a listing is its request without them. */
const TOKEN_FIELDS = ['NextToken', 'ContinuationToken', 'Marker', 'nextToken'];

const hasToken = (o: Record<string, unknown> | undefined): boolean => !!o && TOKEN_FIELDS.some((f) => typeof o[f] === 'string' && o[f] !== '');

function listingKey(request: AwsRequest): string {
  const input = { ...request.input };
  for (const f of TOKEN_FIELDS) delete input[f];
  return requestKey({ ...request, input });
}

interface Answered {
  wire?: WireResponse;
  request?: AwsRequest;
  service?: string;
  decision?: FaultDecision;
}

export async function startFakeAwsServer(initial: Snapshot | AccountSource, options: FakeAwsServerOptions = {}): Promise<FakeAwsServer> {
  let source: AccountSource;
  const setSource = (s: Snapshot | AccountSource) => {
    source = isSnapshot(s) ? snapshotSource(s) : s;
  };
  setSource(initial);
  const logLimit = options.logLimit ?? 100_000;
  const requests: ServedRequest[] = [];
  const byOperation = new Map<string, number>();
  const keyCounts = new Map<string, number>();
  const dataCounts = new Map<string, number>();
  const pageCounts = new Map<string, number>();
  const byOutcome = new Map<Outcome, number>();
  const faultCounts = new Map<string, number>();
  const answeredByService = new Map<string, number>();
  const inFlightByService = new Map<string, number>();
  const maxByService = new Map<string, number>();
  const heldByService = new Map<string, number>();
  const problems: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  let received = 0;
  let throttled = 0;
  let duplicates = 0;
  let clientAborts = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let closed = false;
  let firstRequestAt: number | undefined;
  let lastAnswerAt: number | undefined;

  const log = (r: ServedRequest) => {
    byOutcome.set(r.outcome, (byOutcome.get(r.outcome) ?? 0) + 1);
    if (requests.length < logLimit) requests.push(r);
  };

  const later = (ms: number, fn: () => void) => {
    if (ms <= 0) return fn();
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const send = (res: ServerResponse, wire: WireResponse) => {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(wire.status, { ...wire.headers, 'content-length': Buffer.byteLength(wire.body) });
    res.end(wire.body);
    lastAnswerAt = performance.now();
  };

  const answer = (call: IncomingCall): Answered => {
    const scope = credentialScope(call.headers.authorization);
    if (!scope || typeof call.headers['x-amz-date'] !== 'string') {
      const wire = errorResponse(undefined, { name: 'MissingAuthenticationToken', message: 'Request is missing a valid SigV4 Authorization header', httpStatus: 403 });
      log({ outcome: 'unsigned', httpStatus: 403, detail: String(call.headers.authorization ?? '(none)') });
      return { wire };
    }
    // S3 Control signs its requests for s3; its operations all live under /v20180820/.
    const signed = scope.service === 's3' && call.url.pathname.startsWith('/v20180820/') ? 's3control' : scope.service;
    const info = protocolOf(signed);
    if (!isServiceName(signed) || !info) {
      const wire = errorResponse(info, { name: 'UnknownOperationException', message: `the fake endpoint does not serve ${signed}`, httpStatus: 400 });
      log({ service: signed, region: scope.region, outcome: 'unknown-operation', httpStatus: 400 });
      return { wire };
    }
    const service: ServiceName = signed;
    const protocol = info.protocol;
    const parsed =
      protocol === 'awsJson1_1'
        ? parseRpcJson(service, info, call)
        : protocol === 'awsQuery' || protocol === 'ec2Query'
          ? parseQuery(service, info, call)
          : parseRest(service, call);
    if ('unknown' in parsed) {
      const name = protocol === 'awsQuery' || protocol === 'ec2Query' ? 'InvalidAction' : protocol === 'restXml' ? 'NotImplemented' : 'UnknownOperationException';
      log({ service, region: scope.region, outcome: 'unknown-operation', httpStatus: 400, detail: parsed.unknown });
      return { wire: errorResponse(info, { name, message: parsed.unknown, httpStatus: 400 }), service };
    }
    const request: AwsRequest = { service, region: scope.region, operation: parsed.operation, input: parsed.input };
    const key = requestKey(request);
    const opName = `${service}:${parsed.operation}`;
    byOperation.set(opName, (byOperation.get(opName) ?? 0) + 1);
    keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
    const base = { service, region: scope.region, operation: parsed.operation, input: parsed.input, key };

    const decision = options.faults?.decide(request, key);
    if (decision) faultCounts.set(decision.label, (faultCounts.get(decision.label) ?? 0) + 1);
    if (decision?.error) {
      const wire = errorResponse(info, decision.error);
      if (decision.throttled) throttled++;
      log({ ...base, outcome: decision.throttled ? 'throttled' : 'fault', httpStatus: wire.status, fault: decision.label });
      return { wire, request, service, decision };
    }
    if (decision?.hangMs !== undefined) {
      log({ ...base, outcome: 'fault', httpStatus: 0, fault: decision.label });
      return { request, service, decision };
    }
    if (parsed.refuse) {
      log({ ...base, outcome: 'refused', httpStatus: parsed.refuse.httpStatus ?? 400, detail: parsed.refuse.message });
      return { wire: errorResponse(info, parsed.refuse), request, service, decision };
    }

    const recorded = source.answer(request, key);
    if (!recorded) {
      const error = { name: 'NotRecorded', message: `${source.label ?? 'the fake account'} holds no answer for ${opName} in ${scope.region}`, httpStatus: 400 };
      log({ ...base, outcome: 'not-recorded', httpStatus: 400 });
      return { wire: errorResponse(info, error), request, service, decision };
    }
    // An answer with data (unless it is about to be cut off): count it, and the pages of its listing.
    if (decision?.truncateBody && !recorded.error) {
      const found: string[] = [];
      const wire = successResponse(operationModel(service, parsed.operation)!, info, recorded.response ?? {}, found);
      log({ ...base, outcome: 'fault', httpStatus: wire.status, fault: decision.label });
      return { wire, request, service, decision };
    }
    const n = (dataCounts.get(key) ?? 0) + 1;
    dataCounts.set(key, n);
    if (n > 1) duplicates++;
    else answeredByService.set(service, (answeredByService.get(service) ?? 0) + 1);
    if (hasToken(parsed.input) || hasToken(recorded.response)) {
      const listing = listingKey(request);
      pageCounts.set(listing, (pageCounts.get(listing) ?? 0) + 1);
    }
    if (recorded.error) {
      const wire = errorResponse(info, recorded.error);
      log({ ...base, outcome: 'error', httpStatus: wire.status, ...(decision ? { fault: decision.label } : {}) });
      return { wire, request, service, decision };
    }
    const found: string[] = [];
    const response = decision?.rewrite ? decision.rewrite(recorded.response ?? {}, request) : (recorded.response ?? {});
    const wire = successResponse(operationModel(service, parsed.operation)!, info, response, found);
    for (const p of found) if (problems.length < 1000 && !problems.includes(`${key}: ${p}`)) problems.push(`${key}: ${p}`);
    log({ ...base, outcome: 'response', httpStatus: wire.status, ...(decision ? { fault: decision.label } : {}) });
    return { wire, request, service, decision };
  };

  /** Delivers an answer: whole, cut after half its body, or never (the connection is cut after the hang). */
  const deliver = (res: ServerResponse, result: Answered, cut: () => void) => {
    const d = result.decision;
    if (d?.hangMs !== undefined) {
      later(d.hangMs, cut);
      return;
    }
    const wire = result.wire!;
    if (d?.truncateBody && !res.writableEnded && !res.destroyed) {
      const bytes = Buffer.from(wire.body, 'utf8');
      res.writeHead(wire.status, { ...wire.headers, 'content-length': bytes.length });
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      later(5, cut);
      return;
    }
    send(res, wire);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBody) {
        tooBig = true;
        req.pause();
        send(res, errorResponse(undefined, { name: 'RequestEntityTooLarge', message: `request body over ${maxBody} bytes`, httpStatus: 413 }));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (tooBig || closed) return;
      received++;
      const heldFrom = performance.now();
      firstRequestAt ??= heldFrom;
      let result: Answered;
      try {
        const call: IncomingCall = {
          method: req.method ?? 'GET',
          url: new URL(req.url ?? '/', 'http://127.0.0.1'),
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        result = answer(call);
      } catch (err) {
        result = { wire: errorResponse(undefined, { name: 'FakeServerError', message: (err as Error).message, httpStatus: 400 }) };
      }
      // In flight from now until the answer is out (or the connection is gone).
      const svc = result.service;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      if (svc) {
        const n = (inFlightByService.get(svc) ?? 0) + 1;
        inFlightByService.set(svc, n);
        maxByService.set(svc, Math.max(maxByService.get(svc) ?? 0, n));
      }
      let cutByServer = false;
      const cut = () => {
        cutByServer = true;
        res.destroy();
      };
      res.once('close', () => {
        inFlight--;
        if (svc) {
          inFlightByService.set(svc, (inFlightByService.get(svc) ?? 1) - 1);
          heldByService.set(svc, (heldByService.get(svc) ?? 0) + performance.now() - heldFrom);
        }
        if (!res.writableFinished && !cutByServer && !closed) clientAborts++;
      });
      const baseLatency =
        typeof options.latencyMs === 'function' ? (result.request ? options.latencyMs(result.request) : 0) : (options.latencyMs ?? 0);
      later(baseLatency + (result.decision?.delayMs ?? 0), () => deliver(res, result, cut));
    });
    req.on('error', () => res.destroy());
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  // Many clients' sockets at once (one agent per service and region, 50 sockets each).
  server.maxConnections = 4096;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', 511, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  const stats = (): ServerStats => {
    let longest: ServerStats['longestPageChain'];
    for (const [listing, pages] of pageCounts) if (!longest || pages > longest.pages) longest = { listing, pages };
    return {
      requests: received,
      byOutcome: Object.fromEntries(byOutcome),
      throttled,
      faults: Object.fromEntries(faultCounts),
      distinctKeys: keyCounts.size,
      answeredKeys: dataCounts.size,
      duplicates,
      clientAborts,
      inFlight,
      maxInFlight,
      maxInFlightByService: Object.fromEntries(maxByService),
      heldMsByService: Object.fromEntries(heldByService),
      answeredByService: Object.fromEntries(answeredByService),
      ...(longest ? { longestPageChain: longest } : {}),
      ...(firstRequestAt !== undefined ? { firstRequestAt } : {}),
      ...(lastAnswerAt !== undefined ? { lastAnswerAt } : {}),
    };
  };

  return {
    port,
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    problems,
    countsByOperation: () => Object.fromEntries([...byOperation].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    countsByKey: () => new Map(keyCounts),
    answersByKey: () => new Map(dataCounts),
    stats,
    setSnapshot: (s: Snapshot) => setSource(s),
    setSource,
    reset() {
      requests.length = 0;
      byOperation.clear();
      keyCounts.clear();
      dataCounts.clear();
      pageCounts.clear();
      byOutcome.clear();
      faultCounts.clear();
      answeredByService.clear();
      maxByService.clear();
      heldByService.clear();
      problems.length = 0;
      received = 0;
      throttled = 0;
      duplicates = 0;
      clientAborts = 0;
      maxInFlight = inFlight;
      firstRequestAt = undefined;
      lastAnswerAt = undefined;
    },
    close() {
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
