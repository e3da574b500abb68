import { utf8Length } from './text';

/**
 * Kubernetes' name checks (`k8s.io/apimachinery/pkg/util/validation`), returning one message per
 * problem as Kubernetes does: callers turn each message into one field error, so the counts match.
 */

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

const SUBDOMAIN_FORMAT =
  "must be a lowercase DNS-1123 subdomain: lower-case letters, digits, '-' and '.', starting and ending with a letter or digit (e.g. 'example.com')";
const LABEL_FORMAT =
  "must be a lowercase DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit (e.g. 'my-name')";
const QUALIFIED_FORMAT =
  "must consist of letters, digits, '-', '_' or '.', starting and ending with a letter or digit (e.g. 'MyName', 'my.name', '123-abc')";

export function dns1123SubdomainProblems(value: string): string[] {
  const out: string[] = [];
  if (utf8Length(value) > 253) out.push('must be no more than 253 characters');
  if (!DNS1123_SUBDOMAIN.test(value)) out.push(SUBDOMAIN_FORMAT);
  return out;
}

export function dns1123LabelProblems(value: string): string[] {
  const out: string[] = [];
  if (utf8Length(value) > 63) out.push('must be no more than 63 characters');
  if (!DNS1123_LABEL.test(value)) out.push(LABEL_FORMAT);
  return out;
}

/** `IsQualifiedName`: an optional DNS subdomain prefix and `/`, then a name of at most 63 characters. */
export function qualifiedNameProblems(value: string): string[] {
  const parts = value.split('/');
  const out: string[] = [];
  let name: string;
  if (parts.length === 1) name = parts[0]!;
  else if (parts.length === 2) {
    const prefix = parts[0]!;
    name = parts[1]!;
    if (prefix === '') out.push('prefix part must be non-empty');
    else out.push(...dns1123SubdomainProblems(prefix).map((m) => `prefix part ${m}`));
  } else
    return [
      `a qualified name ${QUALIFIED_FORMAT}, with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  if (name === '') out.push('name part must be non-empty');
  else if (utf8Length(name) > 63) out.push('name part must be no more than 63 characters');
  if (!QUALIFIED_NAME.test(name)) out.push(`name part ${QUALIFIED_FORMAT}`);
  return out;
}

/** `IsValidLabelValue`: empty, or at most 63 characters of the qualified-name alphabet. */
export function labelValueProblems(value: string): string[] {
  const out: string[] = [];
  if (utf8Length(value) > 63) out.push('must be no more than 63 characters');
  if (!LABEL_VALUE.test(value)) out.push(`a label value must be empty or ${QUALIFIED_FORMAT}`);
  return out;
}

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/** `IsEnvVarName`: a C-like identifier that may also contain `-` and `.`, and is not `.`/`..`-prefixed. */
export function envNameProblems(value: string): string[] {
  const out: string[] = [];
  if (!ENV_NAME.test(value))
    out.push(
      "must consist of letters, digits, '_', '-' or '.', and must not start with a digit (e.g. 'my.env-name', 'MY_ENV.NAME')",
    );
  if (value === '.') out.push("must not be '.'");
  else if (value === '..') out.push("must not be '..'");
  else if (value.startsWith('..')) out.push("must not start with '..'");
  return out;
}
