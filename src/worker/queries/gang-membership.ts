import { gangMembership as membership, type GangMembership } from '../../core/gangs/membership';
import { activeParts } from './active';
import { queryName, type Query } from './types';

/**
 * Which PodGang each clique and scaling-group replica lands in, for the gang view and the graph's gang
 * overlay (store `view.gangOverlay`).
 */
export const gangMembershipQuery = queryName<Record<string, never>, GangMembership | null>('gangMembership');

export const gangMembership: Query<Record<string, never>, GangMembership | null> = (session) => {
  const parts = activeParts(session);
  return parts ? membership(parts.layout) : null;
};
