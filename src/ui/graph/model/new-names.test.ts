import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../core/edit';
import { seedText } from '../../../core/test-support/samples';
import { newCliqueName, newGroupName } from './new-names';
import { designOf } from './testing/design';
import { topologyOf } from './topology';

describe('palette names', () => {
  it('picks the next free name, which the core accepts', () => {
    const seed = topologyOf(designOf(seedText));
    expect(newCliqueName(seed, null)).toBe('clique');
    const once = applyCommand(seedText, 0, { type: 'addClique', name: 'clique' });
    if (!once.ok) throw new Error(once.reason);
    const after = topologyOf(designOf(once.text));
    expect(newCliqueName(after, 'prefill')).toBe('clique-2');
    expect(newGroupName(after, ['clique'])).toBe('group');
  });

  it('shortens the name to fit the 45-character budget', () => {
    const long = seedText.replace('name: mn-disagg', `name: ${'p'.repeat(34)}`);
    const t = topologyOf(designOf(long));
    const name = newCliqueName(t, 'prefill')!;
    expect(name).toBe('cliq');
    expect(
      newCliqueName(
        topologyOf(designOf(seedText.replace('name: mn-disagg', `name: ${'p'.repeat(38)}`))),
        'prefill',
      ),
    ).toBeUndefined();
    expect(applyCommand(long, 0, { type: 'addClique', name, group: 'prefill' }).ok).toBe(true);
  });
});
