import { describe, expect, it } from 'vitest';
import { parseManifest } from '../parse/parse';
import { seedText } from '../test-support/samples';
import { downloadName, judgeSize, judgeText, MAX_FILE_BYTES } from './open';

describe('opening a file', () => {
  it('refuses a file over 5 MB before reading it', () => {
    expect(judgeSize('big.yaml', MAX_FILE_BYTES)).toBeUndefined();
    expect(judgeSize('big.yaml', 7.25 * 1024 * 1024)).toEqual({
      kind: 'refused',
      message:
        'big.yaml is 7.3 MB; the designer opens files up to 5.0 MB. Split it, or check it with the grove-designer CLI.',
    });
  });

  it('refuses a binary file and asks first about YAML errors, an empty file or no PodCliqueSet', () => {
    expect(judgeText('a.png', parseManifest('\u0089PNG\r\n\u001a\n')).kind).toBe('refused');
    const broken = judgeText('x.yaml', parseManifest('a: 1\nb: [\n'));
    expect(broken.kind).toBe('doubtful');
    expect(broken.kind === 'doubtful' && broken.message).toMatch(
      /^x\.yaml is not valid YAML \(line \d+: .+\)\.$/,
    );
    expect(judgeText('e.yaml', parseManifest(''))).toEqual({
      kind: 'doubtful',
      message: 'e.yaml is empty: there is no PodCliqueSet in it.',
    });
    expect(judgeText('d.yaml', parseManifest('kind: Deployment\n---\nkind: Service\n'))).toEqual({
      kind: 'doubtful',
      message: 'd.yaml has no PodCliqueSet (it holds: Deployment, Service).',
    });
  });

  it('opens a file with PodCliqueSets, counting them', () => {
    expect(judgeText('s.yaml', parseManifest(`kind: ConfigMap\n---\n${seedText}`))).toEqual({
      kind: 'ok',
      podCliqueSets: 1,
    });
  });

  it('names downloads after the PodCliqueSet', () => {
    expect(downloadName('mn-disagg')).toBe('mn-disagg.yaml');
    expect(downloadName('mn-disagg', '.defaults')).toBe('mn-disagg.defaults.yaml');
    expect(downloadName(undefined)).toBe('manifest.yaml');
    expect(downloadName('../../etc/passwd')).toBe('etc-passwd.yaml');
  });
});
