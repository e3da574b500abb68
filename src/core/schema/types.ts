/**
 * The compact structural schema written by scripts/gen-schemas.mjs: the subset of a CRD's OpenAPI v3 schema
 * that validation needs, with the CRD's own key names. Read once, then compiled (compile.ts).
 */
export interface CompactSchema {
  readonly type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  readonly format?: string;
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly nullable?: boolean;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, CompactSchema>>;
  readonly items?: CompactSchema;
  readonly additionalProperties?: CompactSchema | boolean;
  readonly 'x-kubernetes-int-or-string'?: boolean;
  readonly 'x-kubernetes-preserve-unknown-fields'?: boolean;
  readonly 'x-kubernetes-list-type'?: 'atomic' | 'set' | 'map';
  readonly 'x-kubernetes-list-map-keys'?: readonly string[];
  /** The CRD defaults of list-map key fields (e.g. a port's `protocol: TCP`), added by the generator. */
  readonly 'x-list-map-key-defaults'?: Readonly<Record<string, unknown>>;
  readonly 'x-kubernetes-validations'?: readonly CompactCelRule[];
}

export interface CompactCelRule {
  readonly rule: string;
  readonly message?: string;
  /** JSONPath-like, relative to the node carrying the rule: `.pack.required`. */
  readonly fieldPath?: string;
  /** `FieldValueRequired`, `FieldValueForbidden`, `FieldValueInvalid` (the default), `FieldValueDuplicate`. */
  readonly reason?: string;
  readonly optionalOldSelf?: boolean;
}
