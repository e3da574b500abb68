import type { EditContext } from '../context';
import type { PcsNodes } from '../pcs-nodes';
import type { EditCommand } from '../types';
import { addClique, moveClique, removeClique, renameClique } from './cliques';
import { addScalingGroup, removeScalingGroup, renameScalingGroup, setCliqueGroup } from './groups';
import { setContainerRequests } from './resources';
import {
  setCliqueAutoscaler,
  setCliqueMinAvailable,
  setCliqueReplicas,
  setGroupMinAvailable,
  setGroupReplicas,
  setGroupScaleConfig,
  setReplicas,
} from './scaling';
import { addStartsAfter, removeStartsAfter, setStartupType } from './startup';

/** Runs one command: records its edits in `ctx` and returns its summary (or throws `EditRefused`). */
export function runCommand(ctx: EditContext, nodes: PcsNodes, command: EditCommand): string {
  switch (command.type) {
    case 'addClique':
      return addClique(ctx, nodes, command);
    case 'removeClique':
      return removeClique(ctx, nodes, command);
    case 'renameClique':
      return renameClique(ctx, nodes, command);
    case 'moveClique':
      return moveClique(ctx, nodes, command);
    case 'addScalingGroup':
      return addScalingGroup(ctx, nodes, command);
    case 'removeScalingGroup':
      return removeScalingGroup(ctx, nodes, command);
    case 'renameScalingGroup':
      return renameScalingGroup(ctx, nodes, command);
    case 'setCliqueGroup':
      return setCliqueGroup(ctx, nodes, command);
    case 'setCliqueReplicas':
      return setCliqueReplicas(ctx, nodes, command);
    case 'setCliqueMinAvailable':
      return setCliqueMinAvailable(ctx, nodes, command);
    case 'setCliqueAutoscaler':
      return setCliqueAutoscaler(ctx, nodes, command);
    case 'setGroupReplicas':
      return setGroupReplicas(ctx, nodes, command);
    case 'setGroupMinAvailable':
      return setGroupMinAvailable(ctx, nodes, command);
    case 'setGroupScaleConfig':
      return setGroupScaleConfig(ctx, nodes, command);
    case 'setContainerRequests':
      return setContainerRequests(ctx, nodes, command);
    case 'setReplicas':
      return setReplicas(ctx, nodes, command);
    case 'setStartupType':
      return setStartupType(ctx, nodes, command);
    case 'addStartsAfter':
      return addStartsAfter(ctx, nodes, command);
    case 'removeStartsAfter':
      return removeStartsAfter(ctx, nodes, command);
  }
}
