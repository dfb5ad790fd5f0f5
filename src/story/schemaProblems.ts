import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import schema from './schema/story-package.schema.json';
import { show } from './show';

/** One place where a package breaks the schema, in plain words. */
export interface SchemaProblem {
  /** JSON path, e.g. `layers[2].features[5].properties.source`; '' for the package itself. */
  path: string;
  /** Set when the problem is inside a layer (by index) or a feature that has an id. */
  layerIndex?: number;
  featureId?: string;
  /** `path (feature "id"): what is wrong`, ready to show. */
  message: string;
}

/** Keywords that only say "something below failed": the leaf beneath them says what. */
const BRANCHES = new Set(['properties', 'items', 'prefixItems', '$ref', 'allOf', 'anyOf', 'oneOf', 'if', 'then', 'else', 'dependentSchemas']);

/** What the schema's patterns mean, by pattern. */
const PATTERNS: Record<string, string> = {
  '\\S': 'must not be blank',
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'must be lower-case letters and digits in words joined by hyphens, e.g. "darwin-2024"',
  '^#[0-9a-fA-F]{6}$': 'must be a hex colour such as #3b6fb6',
  '^\\d{4}(-\\d{2}(-\\d{2}(T[0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?)?)?$': 'must be an ISO 8601 date: 2024, 2024-07, 2024-07-15 or a timestamp',
};

const TYPES: Record<string, string> = { object: 'an object', array: 'a list', string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false' };

/**
 * The schema as validated here: a list of positions only as "a list", the positions in it checked by
 * positionProblems, a plain loop. The validator walking millions of coordinates took most of a
 * large import's time; the published schema keeps the full rule, and the tests hold both to it.
 */
const validated = { ...schema, $defs: { ...schema.$defs, position: { type: 'array' }, positions: { type: 'array' } } } as unknown as Schema;
const validators = new Map<boolean, Validator>();
const validator = (all: boolean) => {
  let v = validators.get(all);
  if (!v) validators.set(all, (v = new Validator(validated, '2020-12', !all)));
  return v;
};

/** How deep each geometry type nests its positions. */
const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };
const isPosition = (p: unknown) => Array.isArray(p) && p.length >= 2 && p.length <= 3 && p.every((n) => typeof n === 'number');

/** The first position that is not [lon, lat] (or [lon, lat, height]) numbers, as indexes into `coordinates`. */
function badPosition(coordinates: unknown, depth: number, at: number[] = []): number[] | null {
  if (depth === 0) return isPosition(coordinates) ? null : at;
  if (!Array.isArray(coordinates)) return null; // the schema reports a non-list
  for (let i = 0; i < coordinates.length; i++) {
    const bad = badPosition(coordinates[i], depth - 1, [...at, i]);
    if (bad) return bad;
  }
  return null;
}

/** Every feature geometry's first bad position, in document order. */
function positionProblems(json: unknown, max: number): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const layers = (json as { layers?: unknown }).layers;
  if (!Array.isArray(layers)) return problems;
  layers.forEach((layer: { features?: unknown }, layerIndex) => {
    if (!Array.isArray(layer?.features)) return;
    layer.features.forEach((f: { id?: unknown; geometry?: { type?: unknown; coordinates?: unknown } }, i: number) => {
      const depth = DEPTH[String(f?.geometry?.type)];
      const bad = depth === undefined ? null : badPosition(f.geometry!.coordinates, depth);
      if (!bad || problems.length >= max) return;
      const path = `layers[${layerIndex}].features[${i}].geometry.coordinates${bad.map((n) => `[${n}]`).join('')}`;
      const featureId = typeof f.id === 'string' ? f.id : undefined;
      problems.push({
        path,
        layerIndex,
        ...(featureId === undefined ? {} : { featureId }),
        message: `${path}${featureId === undefined ? '' : ` (feature ${show(featureId, 60)})`}: must be a position, [lon, lat] numbers`,
      });
    });
  });
  return problems;
}

/** The schema value a keyword location points at, following `$ref`s within the schema. */
function keywordValue(location: string): unknown {
  let node: unknown = schema;
  for (const raw of location.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    const here = node as Record<string, unknown>;
    if (key === '$ref' && typeof here.$ref === 'string') {
      node = keywordValue(here.$ref);
    } else {
      node = here?.[key];
    }
  }
  return node;
}

function describe(unit: OutputUnit): string {
  const value = keywordValue(unit.keywordLocation);
  const key = /"([^"]*)"/.exec(unit.error)?.[1] ?? '';
  switch (unit.keyword) {
    case 'type':
      return `must be ${TYPES[String(value)] ?? String(value)}`;
    case 'const':
      return `must be ${show(value)}`;
    case 'enum':
      return `must be one of ${(value as unknown[]).map((v) => show(v)).join(', ')}`;
    case 'required':
      return `needs "${key}"`;
    case 'additionalProperties':
      return `has a field this version does not know: ${show(key, 60)}`;
    case 'minLength':
      return 'must not be empty';
    case 'maxLength':
      return `is longer than ${Number(value).toLocaleString('en')} characters`;
    case 'minItems':
      return `needs at least ${value} item${value === 1 ? '' : 's'}`;
    case 'maxItems':
      return `has more than ${Number(value).toLocaleString('en')} items`;
    case 'pattern':
      return PATTERNS[String(value)] ?? `does not match ${show(value)}`;
    case 'minimum':
      return `must be at least ${value}`;
    case 'exclusiveMinimum':
      return `must be more than ${value}`;
    case 'maximum':
      return `must be at most ${value}`;
    default:
      return unit.error;
  }
}

/** `#/layers/2/features/5/properties` → ['layers', 2, 'features', 5, 'properties']. */
const segments = (location: string): (string | number)[] =>
  location
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));

const pathText = (parts: (string | number)[]) =>
  parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${/^[A-Za-z_$][\w$]*$/.test(p) ? p : show(p, 40)}`)).join('');

/**
 * Where a parsed package breaks `schema/story-package.schema.json`, one problem per place, in
 * document order: the path, the feature's id when it is inside one, and what is wrong in words.
 * Empty when the package fits the schema. `max` stops early (readPackage wants the first).
 *
 * @example
 * schemaProblems(pkg)[0].message // 'layers[2].features[5].properties.source[0].title (feature "darwin"): must not be empty'
 */
export function schemaProblems(json: unknown, max = Infinity): SchemaProblem[] {
  const result = validator(max > 1).validate(json);
  if (result.valid) return positionProblems(json, max);
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const unit of result.errors) {
    if (BRANCHES.has(unit.keyword) || seen.has(unit.instanceLocation)) continue;
    seen.add(unit.instanceLocation);
    const parts = segments(unit.instanceLocation);
    const layerIndex = parts[0] === 'layers' && typeof parts[1] === 'number' ? parts[1] : undefined;
    let featureId: string | undefined;
    let path = pathText(parts);
    if (layerIndex !== undefined && parts[2] === 'features' && typeof parts[3] === 'number') {
      const layers = (json as { layers: { features: { id?: unknown }[] }[] }).layers;
      const id = layers[layerIndex]?.features?.[parts[3]]?.id;
      if (typeof id === 'string') {
        featureId = id;
        path = `${path} (feature ${show(id, 60)})`;
      }
    }
    problems.push({
      path: pathText(parts),
      ...(layerIndex === undefined ? {} : { layerIndex }),
      ...(featureId === undefined ? {} : { featureId }),
      message: `${path || 'the package'}: ${describe(unit)}`,
    });
    if (problems.length >= max) return problems;
  }
  return [...problems, ...positionProblems(json, max - problems.length)];
}
