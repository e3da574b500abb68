import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './suggest';

describe('did you mean', () => {
  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('minavaliable', 'minavailable', 3)).toBe(1);
    expect(editDistance('replica', 'replicas', 3)).toBe(1);
    expect(editDistance('abc', 'xyz', 3)).toBe(3);
    expect(editDistance('short', 'a much longer name', 2)).toBe(3);
  });

  it('suggests the closest known name, ignoring case, and nothing when none is close', () => {
    const fields = ['replicas', 'minAvailable', 'roleName', 'podSpec', 'startsAfter'];
    expect(closest('minAvaliable', fields)).toBe('minAvailable');
    expect(closest('RoleName', fields)).toBe('roleName');
    expect(closest('podspec', fields)).toBe('podSpec');
    expect(closest('replcias', fields)).toBe('replicas');
    expect(closest('image', fields)).toBeUndefined();
    expect(closest('__proto__', fields)).toBeUndefined();
  });
});
