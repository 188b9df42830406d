/**
 * What GitHub code scanning requires beyond the SARIF schema, as listed in the "Shaping cloud findings" section of
 * the shared SARIF README (test/fixtures/sarif/README.md has the provenance). Most of GitHub's rejections pass the
 * official schema, so SARIF we emit must pass both the schema and these rules.
 *
 * `githubRules` returns the problems found (empty = acceptable); each names the JSON path it is about.
 */

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const LIMITS = {
  runsPerFile: 20,
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  ruleName: 255,
  description: 1024,
  tags: 10,
};

/** A URI scheme prefix ("arn:", "https:", "file:" …). */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
/** Only unreserved characters, '/' separators and well-formed percent-escapes. */
const SAFE_PATH = /^(?:[A-Za-z0-9._~\-/]|%[0-9A-Fa-f]{2})+$/;
const NUMERIC = /^(?:\d+(?:\.\d+)?|\.\d+)$/;

function checkUri(uri: Json, where: string, problems: string[]): void {
  if (typeof uri !== 'string' || uri.length === 0) {
    problems.push(`${where}: artifactLocation.uri missing`);
    return;
  }
  if (SCHEME.test(uri)) problems.push(`${where}: uri "${uri}" has a scheme (GitHub accepts only paths in the checkout)`);
  if (uri.includes(':')) problems.push(`${where}: uri "${uri}" contains a colon`);
  if (/\s/.test(uri)) problems.push(`${where}: uri "${uri}" contains whitespace`);
  if (uri.startsWith('/')) problems.push(`${where}: uri "${uri}" is absolute`);
  if (uri.split('/').some((seg) => seg === '..' || seg === '.')) problems.push(`${where}: uri "${uri}" has a relative step segment`);
  if (uri.split('/').some((seg) => seg === '')) problems.push(`${where}: uri "${uri}" has an empty segment`);
  if (!SAFE_PATH.test(uri)) problems.push(`${where}: uri "${uri}" has characters that are not percent-encoded`);
}

function checkText(v: Json, max: number, where: string, problems: string[]): void {
  if (isObject(v) && typeof v.text === 'string' && v.text.length > max) problems.push(`${where}.text longer than ${max} characters`);
}

function checkRule(rule: Json, where: string, problems: string[]): string | undefined {
  if (!isObject(rule)) {
    problems.push(`${where}: not an object`);
    return undefined;
  }
  if (typeof rule.name === 'string' && rule.name.length > LIMITS.ruleName) problems.push(`${where}.name longer than ${LIMITS.ruleName}`);
  checkText(rule.shortDescription, LIMITS.description, `${where}.shortDescription`, problems);
  checkText(rule.fullDescription, LIMITS.description, `${where}.fullDescription`, problems);
  const props = rule.properties;
  if (isObject(props)) {
    const sev = props['security-severity'];
    if (sev !== undefined) {
      if (typeof sev !== 'string' || !NUMERIC.test(sev) || Number(sev) < 0 || Number(sev) > 10) {
        problems.push(`${where}.properties.security-severity ${JSON.stringify(sev)} is not a numeric string in 0.0–10.0`);
      }
    }
    if (Array.isArray(props.tags) && props.tags.length > LIMITS.tags) problems.push(`${where}.properties.tags has more than ${LIMITS.tags} tags`);
  }
  return typeof rule.id === 'string' ? rule.id : undefined;
}

function checkResult(result: Json, where: string, ruleIds: (string | undefined)[], problems: string[]): void {
  if (!isObject(result)) {
    problems.push(`${where}: not an object`);
    return;
  }
  if (typeof result.ruleId !== 'string') problems.push(`${where}.ruleId missing`);
  else if (!ruleIds.includes(result.ruleId)) problems.push(`${where}.ruleId "${result.ruleId}" names no rule of the driver`);
  if (result.ruleIndex !== undefined && ruleIds[result.ruleIndex as number] !== result.ruleId) {
    problems.push(`${where}.ruleIndex does not point at rule "${String(result.ruleId)}"`);
  }
  if (result.suppressions !== undefined) problems.push(`${where}.suppressions: GitHub ignores suppressions and shows the alert as open`);

  const locations = result.locations;
  if (!Array.isArray(locations) || locations.length === 0) {
    problems.push(`${where}.locations: expected at least one location`);
  } else {
    locations.forEach((loc: Json, i) => {
      const lw = `${where}.locations[${i}]`;
      const phys = isObject(loc) ? loc.physicalLocation : undefined;
      if (!isObject(phys)) {
        problems.push(`${lw}: expected a physical location`);
        return;
      }
      const art = phys.artifactLocation;
      if (!isObject(art)) {
        problems.push(`${lw}.physicalLocation: expected an artifact location`);
        return;
      }
      checkUri(art.uri, `${lw}.physicalLocation.artifactLocation`, problems);
      if (art.uriBaseId !== undefined) problems.push(`${lw}.physicalLocation.artifactLocation.uriBaseId must not be set`);
      const region = phys.region;
      if (!isObject(region) || !Number.isInteger(region.startLine) || (region.startLine as number) < 1) {
        problems.push(`${lw}.physicalLocation.region.startLine missing`);
      }
    });
  }

  const fp = isObject(result.partialFingerprints) ? result.partialFingerprints.primaryLocationLineHash : undefined;
  if (typeof fp !== 'string' || fp.length === 0) problems.push(`${where}.partialFingerprints.primaryLocationLineHash missing`);
}

/** The README's GitHub rules. Returns every violation found; an empty list means GitHub should accept the file. */
export function githubRules(sarif: Json): string[] {
  const problems: string[] = [];
  if (!isObject(sarif)) return ['not a JSON object'];
  if (sarif.version !== '2.1.0') problems.push('version is not "2.1.0"');
  const runs = sarif.runs;
  if (!Array.isArray(runs) || runs.length === 0) return [...problems, 'runs: expected at least one run'];
  if (runs.length > LIMITS.runsPerFile) problems.push(`more than ${LIMITS.runsPerFile} runs`);

  const categories = new Set<string>();
  runs.forEach((run: Json, r) => {
    const rw = `runs[${r}]`;
    if (!isObject(run)) {
      problems.push(`${rw}: not an object`);
      return;
    }
    const driver = isObject(run.tool) && isObject(run.tool.driver) ? run.tool.driver : undefined;
    if (!driver || typeof driver.name !== 'string') problems.push(`${rw}.tool.driver.name missing`);

    const automationId = isObject(run.automationDetails) && typeof run.automationDetails.id === 'string' ? run.automationDetails.id : '';
    const category = `${String(driver?.name)}\u0000${automationId.slice(0, automationId.lastIndexOf('/') + 1)}`;
    if (categories.has(category)) problems.push(`${rw}: a second run with the same tool and category`);
    categories.add(category);

    const rules = driver && Array.isArray(driver.rules) ? (driver.rules as Json[]) : [];
    if (rules.length > LIMITS.rulesPerRun) problems.push(`${rw}: more than ${LIMITS.rulesPerRun} rules`);
    const ruleIds = rules.map((rule, i) => checkRule(rule, `${rw}.tool.driver.rules[${i}]`, problems));

    if (!Array.isArray(run.results)) {
      problems.push(`${rw}: Missing 'results' array in run`);
      return;
    }
    if (run.results.length > LIMITS.resultsPerRun) problems.push(`${rw}: more than ${LIMITS.resultsPerRun} results`);
    run.results.forEach((res: Json, i) => checkResult(res, `${rw}.results[${i}]`, ruleIds, problems));
  });
  return problems;
}
