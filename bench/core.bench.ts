/**
 * `npm run bench`: the core's speed as ratios measured in one run (see bench/measure.ts).
 *   1. whole check (parse, default, validate, lint, expansion summary) / bare `yaml.parseDocument`, on the seed
 *      and on a million-pod manifest (target: within 1.5x);
 *   2. whole check / yaml-language-server's schema-only `doValidation` with the PodCliqueSet CRD schema;
 *   3. million-pod manifest / seed (target: within 2x).
 * `--short` runs fewer rounds (for `npm test`) and fails only when a figure is five times worse than its target.
 */
import { readFileSync } from 'node:fs';
import { parseDocument, parse } from 'yaml';
import { getLanguageService } from 'yaml-language-server/lib/umd/languageservice/yamlLanguageService.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkManifest } from '../src/core/check/check';
import { expandPodCliqueSet } from '../src/core/expand';
import { compare, fmtMicros } from './measure';

const short = process.argv.includes('--short');
const options = short ? { rounds: 5, calls: 10, warmup: 10 } : { rounds: 21, calls: 25, warmup: 50 };

const seed = readFileSync(
  'grove/samples/user-guide/02_pod-and-resource-naming-conventions/multinode-disaggregated-with-frontend.yaml',
  'utf8',
);
// 13 pods per PodCliqueSet replica: 76,924 replicas are 1,000,012 pods.
const millionPods = seed.replace('  replicas: 1\n', '  replicas: 76924\n');

function wholeCheck(text: string): number | bigint {
  const report = checkManifest(text);
  let pods: number | bigint = 0;
  for (const doc of report.documents) if (doc.model) pods = expandPodCliqueSet(doc.model).totals.pods;
  return pods;
}

const crd = parse(readFileSync('grove/crds/grove.io_podcliquesets.yaml', 'utf8')) as {
  spec: { versions: { schema: { openAPIV3Schema: unknown } }[] };
};
const schema = crd.spec.versions[0]!.schema.openAPIV3Schema;
const yls = getLanguageService({
  schemaRequestService: () => Promise.resolve(JSON.stringify(schema)),
  workspaceContext: { resolveRelativePath: (p: string) => p },
});
yls.configure({
  validate: true,
  hover: false,
  completion: false,
  schemas: [{ uri: 'grove://podcliqueset', fileMatch: ['*'], schema }],
});
let version = 0;
const schemaOnly = (text: string) =>
  yls.doValidation(TextDocument.create(`file:///m${version++}.yaml`, 'yaml', 1, text), false);

interface Row {
  readonly what: string;
  readonly figure: string;
  readonly ratio: number;
  readonly target: number;
}

async function main(): Promise<void> {
  if (wholeCheck(millionPods) !== 1_000_012)
    throw new Error('the million-pod manifest does not expand to 1,000,012 pods');
  const rows: Row[] = [];
  const seedVsParse = await compare(
    () => wholeCheck(seed),
    () => parseDocument(seed),
    options,
  );
  rows.push({
    what: 'seed: whole check / bare parseDocument',
    figure: `${fmtMicros(seedVsParse.a)} vs ${fmtMicros(seedVsParse.b)}`,
    ratio: seedVsParse.ratio,
    target: 1.5,
  });
  const millionVsParse = await compare(
    () => wholeCheck(millionPods),
    () => parseDocument(millionPods),
    options,
  );
  rows.push({
    what: 'million pods: whole check / bare parseDocument',
    figure: `${fmtMicros(millionVsParse.a)} vs ${fmtMicros(millionVsParse.b)}`,
    ratio: millionVsParse.ratio,
    target: 1.5,
  });
  const seedVsYls = await compare(
    () => wholeCheck(seed),
    () => schemaOnly(seed),
    options,
  );
  rows.push({
    what: 'seed: whole check / yaml-language-server doValidation',
    figure: `${fmtMicros(seedVsYls.a)} vs ${fmtMicros(seedVsYls.b)}`,
    ratio: seedVsYls.ratio,
    target: 1.0,
  });
  const ylsVsParse = await compare(
    () => schemaOnly(seed),
    () => parseDocument(seed),
    options,
  );
  rows.push({
    what: 'seed: yaml-language-server doValidation / bare parseDocument (reference)',
    figure: `${fmtMicros(ylsVsParse.a)} vs ${fmtMicros(ylsVsParse.b)}`,
    ratio: ylsVsParse.ratio,
    target: Infinity,
  });
  const millionVsSeed = await compare(
    () => wholeCheck(millionPods),
    () => wholeCheck(seed),
    options,
  );
  rows.push({
    what: 'whole check: million pods / seed',
    figure: `${fmtMicros(millionVsSeed.a)} vs ${fmtMicros(millionVsSeed.b)}`,
    ratio: millionVsSeed.ratio,
    target: 2,
  });

  console.log(
    `\ncore benchmark (${short ? 'short' : 'full'} run, Node ${process.version}, median of per-round ratios)\n`,
  );
  console.log('| measurement | times (median per call) | ratio | target |');
  console.log('|---|---|---|---|');
  let failed = 0;
  for (const row of rows) {
    const target = Number.isFinite(row.target) ? `≤ ${row.target}x` : '—';
    console.log(`| ${row.what} | ${row.figure} | ${row.ratio.toFixed(2)}x | ${target} |`);
    if (Number.isFinite(row.target) && row.ratio > row.target * 5) {
      failed++;
      console.error(
        `FAIL: ${row.what} is ${row.ratio.toFixed(2)}x, more than five times its target ${row.target}x`,
      );
    }
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
