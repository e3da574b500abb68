import path from 'node:path';
import { reason, type CliIo } from './io';

/** One input text, or why it could not be read. */
export interface Input {
  /** The path as given on the command line (or found under a directory); `-` for standard input. */
  readonly file: string;
  readonly text?: string;
  readonly error?: string;
}

const YAML_FILE = /\.ya?ml$/i;
/** Directories never searched: version control and installed packages. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);

async function yamlFilesUnder(dir: string, io: CliIo): Promise<string[]> {
  const entries = [...(await io.fs.list(dir))].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const out: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.directory) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) out.push(...(await yamlFilesUnder(full, io)));
    } else if (YAML_FILE.test(entry.name)) out.push(full);
  }
  return out;
}

async function readFile(file: string, io: CliIo): Promise<Input> {
  try {
    return { file, text: await io.fs.readText(file) };
  } catch (error) {
    return { file, error: `cannot read ${file}: ${reason(error)}` };
  }
}

/**
 * The texts to check, in command-line order: files as given, directories searched recursively for
 * `*.yaml` / `*.yml` (sorted by name), `-` as standard input (read once).
 */
export async function readInputs(paths: readonly string[], io: CliIo): Promise<Input[]> {
  const out: Input[] = [];
  let stdin: Promise<string> | undefined;
  for (const given of paths) {
    if (given === '-') {
      stdin ??= io.readStdin();
      try {
        out.push({ file: '-', text: await stdin });
      } catch (error) {
        out.push({ file: '-', error: `cannot read standard input: ${reason(error)}` });
      }
      continue;
    }
    let directory: boolean;
    try {
      directory = await io.fs.isDirectory(given);
    } catch (error) {
      out.push({ file: given, error: `cannot read ${given}: ${reason(error)}` });
      continue;
    }
    if (!directory) {
      out.push(await readFile(given, io));
      continue;
    }
    const files = await yamlFilesUnder(given, io);
    if (files.length === 0) io.stderr(`grove-designer: no *.yaml or *.yml files under ${given}\n`);
    for (const file of files) out.push(await readFile(file, io));
  }
  return out;
}

/** How a file is named to people: standard input reads as `<stdin>`. */
export function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}
