/**
 * Thrown inside a command when it must not touch the text; `applyCommand` turns it into
 * `{ ok: false, reason }`. The message is the reason, written for the user.
 */
export class EditRefused extends Error {
  override readonly name = 'EditRefused';
}

export function refuse(reason: string): never {
  throw new EditRefused(reason);
}
