import { decodeName as decode, type DecodeResult } from '../../core/names/decode';
import { activeParts } from './active';
import { queryName, type Query } from './types';

export const decodeNameQuery = queryName<{ readonly text: string }, DecodeResult | null>('decodeName');

/** Which object of the active PodCliqueSet a pasted name is, or why it cannot be one. */
export const decodeName: Query<{ readonly text: string }, DecodeResult | null> = (session, { text }) => {
  const parts = activeParts(session);
  return parts ? decode(parts.model, text.slice(0, 2000)) : null;
};
