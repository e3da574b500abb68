export { expandPodCliqueSet, DEFAULT_SCHEDULER } from './expand';
export { ENV, COMMON_ENV_NAMES, SCALING_GROUP_ENV_NAMES, expandReferences } from './env';
export { LABEL } from './labels';
export { MAX_LISTED_PARENTS } from './startup';
export { MAX_SLICE } from './lazy-list';
export { big, toCount } from './count';
export { gangReplicas } from './layout';
export type * from './types';
