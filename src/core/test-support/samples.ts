import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Grove's sample manifests (copied into grove/samples), for tests that run on every sample. */
export const samplesDir = fileURLToPath(new URL('../../../grove/samples/', import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.yaml') ? [p] : [];
  });
}

export interface Sample {
  /** Path relative to grove/samples, e.g. `simple/simple1.yaml`. */
  readonly name: string;
  readonly text: string;
}

export const samples: readonly Sample[] = walk(samplesDir)
  .sort()
  .map((file) => ({ name: path.relative(samplesDir, file), text: readFileSync(file, 'utf8') }));

export function sample(name: string): string {
  const found = samples.find((s) => s.name === name || s.name.endsWith(`/${name}`));
  if (!found) throw new Error(`No Grove sample named ${name}`);
  return found.text;
}

/** The designer's seed: the hands-on example of Grove's naming guide. */
export const seedText = sample('multinode-disaggregated-with-frontend.yaml');
