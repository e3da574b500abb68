import type { ParsedManifest } from '../parse/parse';

/** The largest file the designer opens: beyond it the editor and the analysis stop being responsive. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Whether a file can replace the text: `refused` never opens (too large, not text); `doubtful` opens
 * only when the user says so (YAML errors, no PodCliqueSet), because fixing a file in the editor is a
 * fair reason to open it.
 */
export type OpenVerdict =
  | { readonly kind: 'ok'; readonly podCliqueSets: number }
  | { readonly kind: 'doubtful'; readonly message: string }
  | { readonly kind: 'refused'; readonly message: string };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Checked before reading the file. */
export function judgeSize(name: string, bytes: number): OpenVerdict | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return {
    kind: 'refused',
    message: `${name} is ${megabytes(bytes)}; the designer opens files up to ${megabytes(MAX_FILE_BYTES)}. Split it, or check it with the grove-designer CLI.`,
  };
}

/** Checked after parsing: is this a YAML text with a PodCliqueSet in it? */
export function judgeText(name: string, parsed: ParsedManifest): OpenVerdict {
  const binary = parsed.problems.find((p) => p.code === 'yaml-binary');
  if (binary) return { kind: 'refused', message: `${name} is not a YAML file: ${binary.message}` };
  if (parsed.documents.length === 0)
    return { kind: 'doubtful', message: `${name} is empty: there is no PodCliqueSet in it.` };
  const broken = parsed.documents.find((d) => d.problems.some((p) => p.severity === 'error'));
  if (broken) {
    const problem = broken.problems.find((p) => p.severity === 'error')!;
    const { line } = parsed.lines.position(problem.range.start);
    return {
      kind: 'doubtful',
      message: `${name} is not valid YAML (line ${line}: ${problem.message}).`,
    };
  }
  const podCliqueSets = parsed.documents.filter((d) => d.kind === 'PodCliqueSet').length;
  if (podCliqueSets === 0) {
    const kinds = [...new Set(parsed.documents.map((d) => d.kind ?? 'no kind'))].join(', ');
    return { kind: 'doubtful', message: `${name} has no PodCliqueSet (it holds: ${kinds}).` };
  }
  return { kind: 'ok', podCliqueSets };
}

/** `<name>.yaml` for a download: the PodCliqueSet's name, else `manifest`. */
export function downloadName(pcsName: string | undefined, suffix = ''): string {
  const base = (pcsName ?? '').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '');
  return `${base || 'manifest'}${suffix}.yaml`;
}
