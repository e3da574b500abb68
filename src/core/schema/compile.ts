import type { ErrorType, PathSegment } from '../diagnostics/types';
import type { CompactCelRule, CompactSchema } from './types';

export type ValueType = NonNullable<CompactSchema['type']>;

/** A CEL rule ready to evaluate: where it reports, with which error type and message. */
export interface CelRuleSpec {
  readonly rule: string;
  readonly message: string;
  /** The rule's fieldPath as locator segments relative to the node (empty: the node itself). */
  readonly fieldPath: readonly PathSegment[];
  readonly type: ErrorType;
}

/**
 * One node of a compiled schema. Every field is set (possibly to `undefined`) so all nodes share one shape;
 * properties live in a Map, so a key such as `__proto__` in a manifest is just an unknown name.
 */
export interface SchemaNode {
  readonly type: ValueType | undefined;
  readonly intOrString: boolean;
  readonly nullable: boolean;
  /** `x-kubernetes-preserve-unknown-fields` or `additionalProperties: true`: any key is kept, nothing below is checked. */
  readonly openObject: boolean;
  readonly properties: ReadonlyMap<string, SchemaNode> | undefined;
  readonly required: readonly string[] | undefined;
  readonly additional: SchemaNode | undefined;
  readonly items: SchemaNode | undefined;
  readonly enumValues: ReadonlySet<unknown> | undefined;
  readonly enumList: readonly unknown[] | undefined;
  readonly pattern: RegExp | undefined;
  readonly patternSource: string | undefined;
  /** Range of an integer (from `format: int32` / `int64`; any JSON integer is an int64 at most). */
  readonly intBits: 32 | 64;
  readonly minLength: number | undefined;
  readonly maxLength: number | undefined;
  readonly minItems: number | undefined;
  readonly maxItems: number | undefined;
  readonly minimum: number | undefined;
  readonly maximum: number | undefined;
  readonly listType: 'atomic' | 'set' | 'map' | undefined;
  readonly listMapKeys: readonly string[] | undefined;
  readonly listMapKeyDefaults: Readonly<Record<string, unknown>> | undefined;
  readonly rules: readonly CelRuleSpec[] | undefined;
}

const REASONS: Record<string, ErrorType> = {
  FieldValueRequired: 'Required',
  FieldValueForbidden: 'Forbidden',
  FieldValueInvalid: 'Invalid',
  FieldValueDuplicate: 'Duplicate',
};

/** `.spec.template.cliques` or `.pack['required']` or `.items[0]` -> locator segments. */
export function parseFieldPath(fieldPath: string | undefined): PathSegment[] {
  if (!fieldPath) return [];
  const out: PathSegment[] = [];
  const step = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]/y;
  let match: RegExpExecArray | null;
  while (step.lastIndex < fieldPath.length && (match = step.exec(fieldPath)) !== null)
    out.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : match[3]!.replace(/\\(.)/g, '$1')));
  if (step.lastIndex !== fieldPath.length) throw new Error(`Unsupported CEL fieldPath ${fieldPath}`);
  return out;
}

function compileRule(rule: CompactCelRule): CelRuleSpec {
  return {
    rule: rule.rule,
    message: rule.message ?? `failed rule: ${rule.rule}`,
    fieldPath: parseFieldPath(rule.fieldPath),
    type: REASONS[rule.reason ?? 'FieldValueInvalid'] ?? 'Invalid',
  };
}

/** Compiles a compact schema once (at module load): maps, sets and regular expressions built ahead of the walk. */
export function compileSchema(schema: CompactSchema): SchemaNode {
  const properties = schema.properties
    ? new Map(Object.entries(schema.properties).map(([key, value]) => [key, compileSchema(value)]))
    : undefined;
  const additional =
    typeof schema.additionalProperties === 'object' ? compileSchema(schema.additionalProperties) : undefined;
  const enumList = schema.enum;
  return {
    type: schema.type,
    intOrString: schema['x-kubernetes-int-or-string'] === true,
    nullable: schema.nullable === true,
    openObject:
      schema['x-kubernetes-preserve-unknown-fields'] === true || schema.additionalProperties === true,
    properties,
    required: schema.required && schema.required.length > 0 ? schema.required : undefined,
    additional,
    items: schema.items ? compileSchema(schema.items) : undefined,
    enumValues: enumList ? new Set(enumList) : undefined,
    enumList,
    pattern: schema.pattern !== undefined ? new RegExp(schema.pattern, 'u') : undefined,
    patternSource: schema.pattern,
    intBits: schema.format === 'int32' ? 32 : 64,
    minLength: schema.minLength,
    maxLength: schema.maxLength,
    minItems: schema.minItems,
    maxItems: schema.maxItems,
    minimum: schema.minimum,
    maximum: schema.maximum,
    listType: schema['x-kubernetes-list-type'],
    listMapKeys: schema['x-kubernetes-list-map-keys'],
    listMapKeyDefaults: schema['x-list-map-key-defaults'],
    rules: schema['x-kubernetes-validations']?.map(compileRule),
  };
}
