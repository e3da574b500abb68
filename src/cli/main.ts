import { version } from '../../package.json';
import { UsageError } from './args';
import { check } from './commands/check';
import { expand } from './commands/expand';
import { rules } from './commands/rules';
import { nodeIo, type CliIo } from './io';
import { MAIN_HELP } from './usage';

/**
 * The `grove-designer` command line (contract: CLI.md). Returns the exit status; never calls
 * `process.exit`, so it runs in-process in tests with an injected `io`.
 */
export async function main(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'check':
        return await check(args, io, version);
      case 'expand':
        return await expand(args, io);
      case 'rules':
        return rules(args, io);
      case '--version':
      case '-v':
      case 'version':
        io.stdout(`${version}\n`);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        io.stdout(MAIN_HELP);
        return 0;
      case undefined:
        io.stderr(MAIN_HELP);
        return 2;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`grove-designer: ${error.message}\nRun "grove-designer --help" for usage.\n`);
    return 2;
  }
}
