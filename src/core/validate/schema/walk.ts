import type { Finding, Locator, PathSegment } from '../../diagnostics/types';
import { formatPath } from '../../parse/locate';
import type { SchemaNode } from '../../schema';
import { describeValue, expected, kindOf, plural } from './describe';
import { checkListMap, checkListSet } from './lists';
import { closest } from './suggest';

type Json = Readonly<Record<string, unknown>>;

function isMapping(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object carrying CEL rules, kept for evaluation after the walk. */
export interface PendingRules {
  readonly node: SchemaNode;
  readonly value: Json;
  readonly at: Locator;
}

const INT32 = 2 ** 31;
const INT64 = 2 ** 63;

/** Number of Unicode code points (what the API server counts for min/maxLength), without allocating. */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/**
 * One walk of a value against a compiled schema, as the API server validates a custom resource: types,
 * required fields, enums, patterns, lengths, bounds, list-map and set uniqueness, unknown fields (kubectl's
 * strict validation). The current location is one shared stack; a path is built only when something is reported.
 */
export class SchemaWalk {
  readonly findings: Finding[] = [];
  readonly pending: PendingRules[] = [];
  /** An error after which the API server does not run CEL rules (wrong type, required, enum, too long, too many). */
  blocking = false;
  private readonly path: PathSegment[] = [];

  constructor(private readonly kind: string) {}

  /** Reports at the current location, or at its child `key`. */
  report(code: string, message: string, extra: Partial<Finding> = {}, key?: PathSegment): void {
    const at = key === undefined ? this.path.slice() : [...this.path, key];
    this.findings.push({ code, path: formatPath(at), at, message, ...extra });
  }

  visit(value: unknown, node: SchemaNode): void {
    if (value === null || value === undefined) {
      if (!node.nullable) this.typeError(value, node);
      return;
    }
    if (node.intOrString) {
      if (typeof value === 'string') this.string(value, node);
      else if (typeof value === 'number' && Number.isInteger(value)) this.integer(value, node);
      else this.typeError(value, node);
      return;
    }
    switch (node.type) {
      case 'object':
        if (!isMapping(value)) return this.typeError(value, node);
        this.object(value, node);
        break;
      case 'array':
        if (!Array.isArray(value)) return this.typeError(value, node);
        this.array(value, node);
        break;
      case 'string':
        if (typeof value !== 'string') return this.typeError(value, node);
        this.string(value, node);
        break;
      case 'integer':
        if (typeof value !== 'number' || !Number.isInteger(value)) return this.typeError(value, node);
        this.integer(value, node);
        break;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) return this.typeError(value, node);
        this.bounds(value, node);
        break;
      case 'boolean':
        if (typeof value !== 'boolean') return this.typeError(value, node);
        break;
      default:
        break;
    }
    if (node.enumValues !== undefined && !node.enumValues.has(value)) this.notSupported(value, node);
    if (node.rules !== undefined && isMapping(value))
      this.pending.push({ node, value, at: this.path.slice() });
  }

  private object(value: Json, node: SchemaNode): void {
    const properties = node.properties;
    const additional = node.additional;
    for (const key in value) {
      const child = value[key];
      const schema = properties?.get(key) ?? additional;
      if (schema === undefined) {
        if (!node.openObject) this.unknownField(key, node);
        continue;
      }
      // The API server prunes a null in a non-nullable field before validating: it reads as absent.
      if ((child === null && !schema.nullable) || child === undefined) continue;
      this.path.push(key);
      this.visit(child, schema);
      this.path.pop();
    }
    const required = node.required;
    if (required === undefined) return;
    for (const name of required) {
      const child = value[name];
      if (child !== undefined && (child !== null || properties?.get(name)?.nullable === true)) continue;
      this.blocking = true;
      this.report('schema-required', `Required value: "${name}" must be set here.`, {}, name);
    }
  }

  private array(value: readonly unknown[], node: SchemaNode): void {
    if (node.minItems !== undefined && value.length < node.minItems)
      this.report(
        'schema-min-items',
        `Invalid value: ${describeValue(value)}: must have at least ${plural(node.minItems, 'item')}.`,
      );
    if (node.maxItems !== undefined && value.length > node.maxItems) {
      this.blocking = true;
      this.report(
        'schema-max-items',
        `Too many: ${value.length}: must have at most ${plural(node.maxItems, 'item')}.`,
      );
    }
    const items = node.items;
    if (items !== undefined)
      for (let i = 0; i < value.length; i++) {
        this.path.push(i);
        this.visit(value[i], items);
        this.path.pop();
      }
    if (value.length < 2) return;
    if (node.listType === 'map') checkListMap(this, value, node);
    else if (node.listType === 'set') checkListSet(this, value);
  }

  private string(value: string, node: SchemaNode): void {
    if (node.maxLength !== undefined && value.length > node.maxLength) {
      const length = codePoints(value);
      if (length > node.maxLength) {
        this.blocking = true;
        this.report(
          'schema-max-length',
          `Too long: may not be more than ${plural(node.maxLength, 'character')} (it has ${length}).`,
        );
      }
    }
    if (node.minLength !== undefined && codePoints(value) < node.minLength)
      this.report(
        'schema-min-length',
        `Invalid value: ${describeValue(value)}: must be at least ${plural(node.minLength, 'character')} long.`,
      );
    if (node.pattern !== undefined && !node.pattern.test(value))
      this.report(
        'schema-pattern',
        `Invalid value: ${describeValue(value)}: must match the regular expression ${node.patternSource!}.`,
      );
  }

  private integer(value: number, node: SchemaNode): void {
    const limit = node.intBits === 32 ? INT32 : INT64;
    if (value >= limit || value < -limit) {
      const bits = node.intBits === 32 ? '32-bit' : '64-bit';
      const max = node.intBits === 32 ? '2147483647' : '9223372036854775807';
      this.report(
        'schema-integer-range',
        `Invalid value: ${describeValue(value)}: does not fit in a ${bits} integer (at most ${max}).`,
      );
      return;
    }
    this.bounds(value, node);
  }

  private bounds(value: number, node: SchemaNode): void {
    if (node.minimum !== undefined && value < node.minimum)
      this.report(
        'schema-minimum',
        `Invalid value: ${value}: must be greater than or equal to ${node.minimum}.`,
      );
    if (node.maximum !== undefined && value > node.maximum)
      this.report(
        'schema-maximum',
        `Invalid value: ${value}: must be less than or equal to ${node.maximum}.`,
      );
  }

  private typeError(value: unknown, node: SchemaNode): void {
    this.blocking = true;
    const what =
      typeof value === 'number' && !Number.isFinite(value) ? 'a number JSON cannot represent' : kindOf(value);
    const shown = typeof value === 'object' && value !== null ? '' : ` ${describeValue(value)}:`;
    this.report('schema-type', `Invalid value:${shown} must be ${expected(node)}, not ${what}.`);
  }

  private notSupported(value: unknown, node: SchemaNode): void {
    this.blocking = true;
    const supported = node.enumList!;
    const list = supported.map((v) => JSON.stringify(v)).join(', ');
    const strings = supported.filter((v): v is string => typeof v === 'string');
    const near =
      typeof value === 'string'
        ? (strings.find((v) => v.toLowerCase().endsWith(value.toLowerCase()) && value !== '') ??
          closest(value, strings))
        : undefined;
    this.report(
      'schema-enum',
      `Unsupported value: ${describeValue(value)}: supported values: ${list}.`,
      near !== undefined ? { fix: `Use "${near}".` } : {},
    );
  }

  private unknownField(key: string, node: SchemaNode): void {
    const known = node.properties;
    const suggestion = known ? closest(key, known.keys()) : undefined;
    let home: string | undefined;
    if (suggestion === undefined && known)
      for (const [name, child] of known)
        if (child.properties?.has(key) || child.items?.properties?.has(key)) {
          home = name;
          break;
        }
    const path = formatPath([...this.path, key]);
    const hint =
      suggestion !== undefined
        ? ` Did you mean "${suggestion}"?`
        : home !== undefined
          ? ` "${key}" belongs inside "${home}".`
          : '';
    const fix =
      suggestion !== undefined
        ? `Rename it to "${suggestion}".`
        : home !== undefined
          ? `Move it inside "${home}".`
          : undefined;
    this.report(
      'schema-unknown-field',
      `unknown field "${path}": the ${this.kind} schema does not declare it, and kubectl's strict validation refuses it.${hint}`,
      {
        onKey: true,
        ...(fix !== undefined ? { fix } : {}),
        ...(suggestion !== undefined
          ? { replaceWith: { title: `Rename to "${suggestion}"`, text: suggestion } }
          : {}),
      },
      key,
    );
  }
}
