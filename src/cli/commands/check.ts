import { parseManifest, type ParsedManifest } from '../../core/parse/parse';
import { parseCommand, stringOption, UsageError } from '../args';
import { readConfig } from '../config';
import { readInputs } from '../inputs';
import { reason, type CliIo } from '../io';
import { CHECK_HELP } from '../usage';
import { checkJson } from '../format/check-json';
import { checkSarif } from '../format/check-sarif';
import { checkText } from '../format/check-text';
import { exitStatus, runCheck } from './run-check';

const OPTIONS = {
  format: { type: 'string', choices: ['text', 'json', 'sarif'] },
  'fail-on': { type: 'string', choices: ['error', 'warning'] },
  old: { type: 'string' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function readOld(file: string, io: CliIo): Promise<ParsedManifest | string> {
  let text: string;
  try {
    text = await io.fs.readText(file);
  } catch (error) {
    return `cannot read --old ${file}: ${reason(error)}`;
  }
  const parsed = parseManifest(text);
  const broken = parsed.problems.length > 0 || parsed.documents.some((d) => d.broken);
  return broken ? `--old ${file} is not valid YAML; check it on its own first` : parsed;
}

/** `grove-designer check`: see CLI.md. Returns the exit status. */
export async function check(args: readonly string[], io: CliIo, version: string): Promise<number> {
  const parsed = parseCommand(args, OPTIONS);
  if (parsed.options['help']) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  if (parsed.positionals.length === 0) throw new UsageError('check needs at least one PATH, or - for stdin');
  const format = stringOption(parsed, 'format', 'text');
  const failOn = stringOption(parsed, 'fail-on', 'error') === 'warning' ? 'warning' : 'error';
  const config = await readConfig(stringOption(parsed, 'config'), io);
  if (!config.ok) {
    io.stderr(`grove-designer: ${config.error}\n`);
    return 2;
  }
  const oldFile = stringOption(parsed, 'old');
  const previous = oldFile !== undefined ? await readOld(oldFile, io) : undefined;
  if (typeof previous === 'string') {
    io.stderr(`grove-designer: ${previous}\n`);
    return 2;
  }
  const inputs = await readInputs(parsed.positionals, io);
  const run = runCheck(inputs, config.settings, previous);
  if (format === 'json') io.stdout(checkJson(run));
  else if (format === 'sarif') io.stdout(checkSarif(run, version));
  else io.stdout(checkText(run));
  if (format !== 'text')
    for (const file of run.files) if (file.error) io.stderr(`grove-designer: ${file.error}\n`);
  return exitStatus(run, failOn);
}
