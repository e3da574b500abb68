import { nodeFs, type CliFs, type CliIo } from './io';
import { main } from './main';

/** Test support: `main` run in-process with captured output. */
export interface Ran {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function run(argv: readonly string[], stdin = '', fs: CliFs = nodeFs): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: () => Promise.resolve(stdin),
    fs,
  };
  const status = await main(argv, io);
  return { status, stdout, stderr };
}

/** Test support: `run` and parse its JSON output. */
export async function runJson<T = Record<string, unknown>>(
  argv: readonly string[],
  stdin = '',
): Promise<Ran & { json: T }> {
  const ran = await run(argv, stdin);
  return { ...ran, json: JSON.parse(ran.stdout) as T };
}
