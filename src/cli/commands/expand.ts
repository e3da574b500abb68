import { checkManifest } from '../../core/check/check';
import { parseManifest } from '../../core/parse/parse';
import { parseCommand, stringOption, UsageError } from '../args';
import { readConfig } from '../config';
import { expandJson } from '../format/expand-json';
import { expandText } from '../format/expand-text';
import { readInputs } from '../inputs';
import type { CliIo } from '../io';
import { EXPAND_HELP } from '../usage';
import { expandDocuments } from './run-expand';

const OPTIONS = {
  format: { type: 'string', choices: ['json', 'text'] },
  'max-pods': { type: 'string' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const DEFAULT_MAX_PODS = 10_000;

function maxPods(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_PODS;
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value)))
    throw new UsageError(`--max-pods must be a whole number (got "${value}")`);
  return Number(value);
}

/** `grove-designer expand`: see CLI.md. Returns the exit status. */
export async function expand(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(args, OPTIONS);
  if (parsed.options['help']) {
    io.stdout(EXPAND_HELP);
    return 0;
  }
  if (parsed.positionals.length !== 1) throw new UsageError('expand needs exactly one FILE, or - for stdin');
  const limit = maxPods(stringOption(parsed, 'max-pods'));
  const config = await readConfig(stringOption(parsed, 'config'), io);
  if (!config.ok) {
    io.stderr(`grove-designer: ${config.error}\n`);
    return 2;
  }
  const [input] = await readInputs(parsed.positionals, io);
  if (input?.text === undefined) {
    io.stderr(`grove-designer: ${input?.error ?? 'nothing to read'}\n`);
    return 2;
  }
  const report = checkManifest(parseManifest(input.text), { cluster: config.settings });
  const documents = expandDocuments(report.documents, report.cluster.defaultSchedulerProfile);
  io.stdout(
    stringOption(parsed, 'format', 'json') === 'text'
      ? expandText(documents, limit)
      : expandJson(documents, limit),
  );
  if (report.unreadable) {
    io.stderr(
      `grove-designer: ${input.file} is not valid YAML; run "grove-designer check" for the details\n`,
    );
    return 2;
  }
  return report.errors > 0 ? 1 : 0;
}
