import { readFile, readdir, stat } from 'node:fs/promises';

/** The file system as the command line uses it: UTF-8 text files and directory listings. */
export interface CliFs {
  readText(path: string): Promise<string>;
  isDirectory(path: string): Promise<boolean>;
  /** Entry names of a directory (not paths), each with whether it is a directory. */
  list(path: string): Promise<readonly { readonly name: string; readonly directory: boolean }[]>;
}

/** Everything `main` touches outside itself, so tests can run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<string>;
  readonly fs: CliFs;
}

export const nodeFs: CliFs = {
  readText: (path) => readFile(path, 'utf8'),
  isDirectory: async (path) => (await stat(path)).isDirectory(),
  list: async (path) =>
    (await readdir(path, { withFileTypes: true })).map((entry) => ({
      name: entry.name,
      directory: entry.isDirectory(),
    })),
};

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** The real process: standard streams and the Node file system. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => readAll(process.stdin),
    fs: nodeFs,
  };
}

/** A human-readable reason from a failed read (`ENOENT` becomes "no such file or directory"). */
export function reason(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such file or directory';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'EISDIR') return 'is a directory';
    return error.message;
  }
  return String(error);
}
