/**
 * The starting points the designer offers: Grove's own samples (bundled by the page as text), the seed
 * and a blank PodCliqueSet, each with one line saying what it shows. Paths are relative to grove/samples.
 */
export interface GalleryEntry {
  /** Stable id (also the sample's path under grove/samples, or `blank`). */
  readonly id: string;
  readonly title: string;
  /** One line: what this starting point demonstrates. */
  readonly description: string;
}

/** The smallest PodCliqueSet Grove admits without a warning: one clique, one pod. */
export const BLANK_PODCLIQUESET = `apiVersion: grove.io/v1alpha1
kind: PodCliqueSet
metadata:
  name: my-workload
  namespace: default
spec:
  replicas: 1
  template:
    cliques:
    - name: worker
      spec:
        roleName: worker
        replicas: 1
        podSpec:
          containers:
          - name: worker
            image: busybox:latest
            command: ["sleep", "infinity"]
`;

export const SEED_SAMPLE =
  'user-guide/02_pod-and-resource-naming-conventions/multinode-disaggregated-with-frontend.yaml';

export const GALLERY: readonly GalleryEntry[] = [
  {
    id: 'blank',
    title: 'Blank PodCliqueSet',
    description: 'One clique with one pod: the least Grove needs, to build up from.',
  },
  {
    id: SEED_SAMPLE,
    title: 'Disaggregated serving with a frontend (the starting example)',
    description:
      'A standalone frontend plus prefill and decode scaling groups: the naming guide’s worked example of every generated name.',
  },
  {
    id: 'user-guide/01_core-concepts/single-node-aggregated.yaml',
    title: 'Single-node aggregated',
    description: 'One clique of identical model workers: the simplest serving layout.',
  },
  {
    id: 'user-guide/01_core-concepts/single-node-disaggregated.yaml',
    title: 'Single-node disaggregated',
    description: 'Separate prefill and decode cliques that scale independently, each pod on its own.',
  },
  {
    id: 'user-guide/01_core-concepts/multi-node-aggregated.yaml',
    title: 'Multi-node aggregated',
    description:
      'A leader and its workers in one scaling group: scaling adds whole leader-plus-workers units.',
  },
  {
    id: 'user-guide/01_core-concepts/multi-node-disaggregated.yaml',
    title: 'Multi-node disaggregated',
    description: 'Prefill and decode each as a leader/worker scaling group, scaled separately.',
  },
  {
    id: 'user-guide/01_core-concepts/complete-inference-pipeline.yaml',
    title: 'Complete inference pipeline',
    description: 'Single-pod services (frontend, vision encoder) next to two multi-node scaling groups.',
  },
  {
    id: 'user-guide/03_environment-variables-for-pod-discovery/standalone-env-vars.yaml',
    title: 'Environment variables: standalone clique',
    description:
      'The GROVE_* variables every pod gets, and a hostname that stays fixed while the pod name does not.',
  },
  {
    id: 'user-guide/03_environment-variables-for-pod-discovery/pcsg-env-vars.yaml',
    title: 'Environment variables: scaling group',
    description: 'Workers find their leader’s address from GROVE_PCSG_NAME and GROVE_PCSG_INDEX.',
  },
  {
    id: 'simple/simple1.yaml',
    title: 'Autoscaling',
    description:
      'An HPA on one clique, an HPA on a scaling group of two cliques, and a clique without either.',
  },
  {
    id: 'simple/simple2-explicit-startup-order.yaml',
    title: 'Explicit startup order',
    description: 'startsAfter chains cliques: one first, two in parallel after it, one last.',
  },
  {
    id: 'simple/simple3-explicit-startup-order.yaml',
    title: 'Startup order across a scaling group',
    description:
      'startsAfter edges into, inside and out of a scaling group with 3 replicas, 2 of them in the base PodGang.',
  },
];
