import { allRules } from '../../core/rules/registry';
import { parseCommand, stringOption, UsageError } from '../args';
import { rulesJson, rulesText } from '../format/rules';
import type { CliIo } from '../io';
import { RULES_HELP } from '../usage';

const OPTIONS = {
  format: { type: 'string', choices: ['text', 'json'] },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `grove-designer rules`: every rule code the core can report. */
export function rules(args: readonly string[], io: CliIo): number {
  const parsed = parseCommand(args, OPTIONS);
  if (parsed.options['help']) {
    io.stdout(RULES_HELP);
    return 0;
  }
  if (parsed.positionals.length > 0)
    throw new UsageError(`rules takes no arguments (got "${parsed.positionals[0]}")`);
  io.stdout(stringOption(parsed, 'format', 'text') === 'json' ? rulesJson(allRules) : rulesText(allRules));
  return 0;
}
