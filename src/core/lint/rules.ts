import type { RuleMeta } from '../rules/types';

/**
 * Stage `lint`: what Grove admits but will not work, or will surprise (REFERENCE (h)).
 * Warnings unless noted; `info` marks advice that never fails a check.
 */
export const lintRules: readonly RuleMeta[] = [
  {
    code: 'label-value-too-long',
    stage: 'lint',
    severity: 'warning',
    ref: 'h1',
    title: 'A PodClique name passes 63 characters at the largest index the manifest allows',
    explanation:
      "Grove names each PodClique `<pcs>-<i>-<clique>` or `<pcs>-<i>-<group>-<j>-<clique>` and writes that name into label values (`app.kubernetes.io/name`, `grove.io/podclique`), which Kubernetes limits to 63 characters. The webhook only checks that the three chosen names add up to 45 characters; the replica indices come on top. The check uses the largest indices the manifest allows: `spec.replicas - 1`, the scaling group's `replicas` or `scaleConfig.maxReplicas` minus one. Past the limit the API server refuses the PodClique, so its pods never exist. PodGang and scaling-group names are always shorter than a PodClique name in them, so this check covers them.",
    fix: 'Shorten the PodCliqueSet, scaling-group or clique name, or lower the replica maximum.',
    source:
      'operator/api/common/namegen.go; operator/internal/controller/podcliqueset/components/podclique/podclique.go',
  },
  {
    code: 'hostname-too-long',
    stage: 'lint',
    severity: 'warning',
    ref: 'h1',
    title: 'A pod hostname passes 63 characters at the largest index the manifest allows',
    explanation:
      "Every pod gets the hostname `<podclique>-<k>`, which must be a DNS label of at most 63 characters. Grove's 45-character budget leaves room for a few digits only; with many replicas (or a high autoscaler `maxReplicas`) the indices grow and the hostname passes the limit. The API server then refuses the pod. Reported once per clique, at the largest PodCliqueSet replica, scaling-group replica and pod index the manifest allows (not when the PodClique name itself is already too long).",
    fix: 'Shorten the PodCliqueSet, scaling-group or clique name, or lower the replica maximum.',
    source: 'operator/internal/controller/podclique/components/pod/pod.go (configurePodHostname)',
  },
  {
    code: 'name-headroom',
    stage: 'lint',
    severity: 'info',
    ref: 'h1',
    title: 'Names fit only up to a number of PodCliqueSet replicas',
    explanation:
      'Each extra digit of the PodCliqueSet replica index adds a character to every hostname. This note appears when some replica count Kubernetes accepts (up to 2147483647) would push the longest hostname past 63 characters at the current scaling-group and pod maxima, and says how many replicas still fit. It is advice: nothing fails today.',
    fix: 'Keep spec.replicas below the number shown, or shorten the longest names now.',
  },
  {
    code: 'name-has-dot',
    stage: 'lint',
    severity: 'warning',
    ref: 'h3',
    title: 'A name contains a dot: Grove admits it, but pods never start',
    explanation:
      'Grove checks PodCliqueSet, clique and scaling-group names as DNS subdomains, which may contain dots. But the names end up in pod hostnames, the headless Service name and the pod subdomain, which must be DNS labels: no dots. Grove admits the manifest, then the API server refuses the Service and every pod.',
    fix: 'Replace the dot with a hyphen.',
    source:
      'operator/internal/webhook/admission/pcs/validation/podcliqueset.go; operator/api/common/namegen.go',
  },
  {
    code: 'pcs-name-starts-with-digit',
    stage: 'lint',
    severity: 'warning',
    ref: 'h3',
    title: 'The PodCliqueSet name starts with a digit',
    explanation:
      'Each PodCliqueSet replica gets a headless Service named `<pcs>-<i>`. Service names must be DNS-1035 labels, which start with a letter, so the API server refuses the Service and pods lose their DNS names.',
    fix: 'Start the PodCliqueSet name with a letter.',
    source: 'operator/internal/controller/podcliqueset/components/service/service.go',
  },
  {
    code: 'pcs-name-long',
    stage: 'lint',
    severity: 'info',
    ref: 'h2',
    title: 'The PodCliqueSet name uses more than half of the name budget',
    explanation:
      "The PodCliqueSet name is part of every generated name, and the webhook allows 45 characters for the PodCliqueSet, scaling-group and clique names together. A name longer than 22 characters leaves less than half of that budget to the groups and cliques. Grove's naming guide recommends short PodCliqueSet names (`ml-inference`, `web-app`).",
    fix: 'Choose a shorter PodCliqueSet name.',
  },
  {
    code: 'generic-clique-name',
    stage: 'lint',
    severity: 'info',
    ref: 'h2',
    title: 'A generic clique name',
    explanation:
      "Clique names are unique in a PodCliqueSet, so a second leader/worker pair (for example decode next to prefill) cannot reuse `leader` or `worker`. Grove's naming guide recommends short role-specific names such as `pleader`/`pworker` and `dleader`/`dworker`. Generic names also make the suffix trap (`worker` inside `pworker`) likely.",
    fix: 'Name the clique after its role in this workload (for example pleader, dworker).',
  },
  {
    code: 'clique-name-suffix',
    stage: 'lint',
    severity: 'warning',
    ref: 'h4',
    title: "Grove builds this clique from another clique's template",
    explanation:
      "The operator finds the template of a PodClique by taking the first clique, in list order, whose name is a suffix of the PodClique name (`strings.HasSuffix`). When an earlier clique's name ends another clique's generated name (`worker` before `pworker`), the later clique's PodCliques are built from the earlier template, and its startup init container waits for the wrong `minAvailable`.",
    fix: 'Rename one of the cliques so that neither name ends the other, or move the longer name first.',
    source:
      'operator/internal/controller/podcliqueset/components/podclique/podclique.go (buildResource); operator/internal/controller/podclique/components/pod/initcontainer.go',
  },
  {
    code: 'generated-name-collision',
    stage: 'lint',
    severity: 'warning',
    ref: 'h5',
    title: 'Two PodCliques get the same generated name',
    explanation:
      'A standalone clique is named `<pcs>-<i>-<clique>` and a scaling-group member `<pcs>-<i>-<group>-<j>-<clique>`. A standalone clique called `<group>-<j>-<member>` (or two groups whose names and members interleave the same way) therefore produces a PodClique name that another PodClique already has, and only one of them can exist.',
    fix: 'Rename the clique so that it does not look like "<group>-<index>-<member>".',
    source: 'operator/api/common/namegen.go',
  },
  {
    code: 'hpa-name-collision',
    stage: 'lint',
    severity: 'warning',
    ref: 'h5',
    title: 'A clique and a scaling group with the same name both autoscale',
    explanation:
      'Grove names the HPA of a clique `<pcs>-<i>-<clique>` and the HPA of a scaling group `<pcs>-<i>-<group>`. When a standalone clique and a scaling group share a name and both autoscale, both HPAs get the same name and only one exists.',
    fix: 'Rename the clique or the scaling group.',
    source: 'operator/internal/controller/podcliqueset/components/hpa/hpa.go',
  },
  {
    code: 'pcs-replicas-zero',
    stage: 'lint',
    severity: 'warning',
    ref: 'h6',
    title: 'spec.replicas is 0: Grove creates nothing',
    explanation:
      'The CRD defaults an omitted `spec.replicas` to 0. With 0 replicas Grove creates the ServiceAccount, Role and Secret but no PodCliques, PodGangs, Services or pods. Set it explicitly unless this is meant to be paused.',
    fix: 'Set spec.replicas: 1 (or more).',
    source: 'operator/api/core/v1alpha1/podcliqueset.go',
  },
  {
    code: 'scale-config-max-below-min',
    stage: 'lint',
    severity: 'warning',
    ref: 'h9',
    title: "A scaling group's scaleConfig.maxReplicas is below its minimum or its replicas",
    explanation:
      "Grove checks a clique's `autoScalingConfig.maxReplicas` but never a scaling group's `scaleConfig.maxReplicas`. Below `minReplicas`, the HPA Grove creates is refused by the API server, so the group never autoscales; below `replicas`, the HPA scales the group down to `maxReplicas` at once.",
    fix: 'Raise scaleConfig.maxReplicas to at least minReplicas and replicas.',
    source:
      'operator/internal/webhook/admission/pcs/validation/podcliqueset.go; operator/internal/controller/podcliqueset/components/hpa/hpa.go',
  },
  {
    code: 'starts-after-ignored',
    stage: 'lint',
    severity: 'warning',
    ref: 'h10',
    title: 'startsAfter is ignored without CliqueStartupTypeExplicit',
    explanation:
      'Grove honours `startsAfter` only when `spec.template.cliqueStartupType` is `CliqueStartupTypeExplicit`. With `AnyOrder` (the default) the cliques start in any order; with `InOrder` each waits for the clique before it in the list. The entries are not even validated.',
    fix: 'Set spec.template.cliqueStartupType: CliqueStartupTypeExplicit, or remove startsAfter.',
    source: 'operator/internal/controller/podcliqueset/components/podclique/podclique.go',
  },
  {
    code: 'replicas-change-not-propagated',
    stage: 'lint',
    severity: 'warning',
    ref: 'h11',
    title: 'This replicas change does not reach the existing objects',
    explanation:
      "On an update, a clique's `replicas` only applies to PodCliques Grove creates from now on: existing PodCliques keep their current replicas (so an HPA stays in charge). A scaling group's `replicas` only seeds a new PodCliqueScalingGroup; the existing one keeps its own. Scale the live objects instead.",
    fix: 'Scale the live object (kubectl scale pclq/pcsg <name> --replicas=N), or expect the value only on new replicas.',
    source:
      'operator/internal/controller/podcliqueset/components/podclique/podclique.go; operator/internal/controller/podcliqueset/components/podcliquescalinggroup/podcliquescalinggroup.go',
  },
  {
    code: 'pack-domain-deprecated',
    stage: 'lint',
    severity: 'warning',
    ref: 'h13',
    title: 'packDomain is deprecated',
    explanation:
      '`packDomain` is the old spelling of `pack.required`. The CRD refuses it on new objects; on a live object Grove accepts moving the same value to `pack.required` as the only allowed change of a topology constraint.',
    fix: 'Move the value to pack.required (same value) and remove packDomain.',
    source:
      'operator/api/core/v1alpha1/podcliqueset.go; operator/internal/webhook/admission/pcs/validation/topologyconstraints.go',
  },
  {
    code: 'reserved-env-name',
    stage: 'lint',
    severity: 'warning',
    ref: 'h15',
    title: 'An environment variable Grove replaces with its own',
    explanation:
      "Grove injects `GROVE_PCS_NAME`, `GROVE_PCS_INDEX`, `GROVE_PCLQ_NAME`, `GROVE_HEADLESS_SERVICE` and `GROVE_PCLQ_POD_INDEX` into every container, and `GROVE_PCSG_NAME`, `GROVE_PCSG_INDEX`, `GROVE_PCSG_TEMPLATE_NUM_PODS` into the containers of scaling-group members. A template variable with one of these names is silently dropped in favour of Grove's value.",
    fix: "Rename the variable, or read Grove's value instead.",
    source: 'operator/internal/controller/common/component/utils/pod.go (PrependEnvVarsToContainers)',
  },
  {
    code: 'role-parse-hyphen',
    stage: 'lint',
    severity: 'warning',
    ref: 'h16',
    title: 'A script splits GROVE_PCLQ_NAME on "-" but the clique name contains a hyphen',
    explanation:
      'Grove\'s guide shows finding a pod\'s role by splitting `$GROVE_PCLQ_NAME` on `-` and taking the last field. That gives only the last part of a hyphenated clique name (`worker` for `p-worker`). Reported only where a container command, argument or env value both reads GROVE_PCLQ_NAME and splits on "-".',
    fix: 'Use a clique name without hyphens, or pass the role in an environment variable of your own.',
  },
  {
    code: 'restart-policy-not-always',
    stage: 'lint',
    severity: 'warning',
    ref: 'h17',
    title: "restartPolicy is kept although Grove's warning says it becomes Always",
    explanation:
      'Grove\'s admission warning says every clique\'s `restartPolicy` "will be ignored, it will be set to Always", but Grove only fills an empty value. An explicit `Never` or `OnFailure` stays, so containers that exit are not restarted and the PodClique can fall below `minAvailable`, which ends in gang termination after `terminationDelay`.',
    fix: 'Remove restartPolicy (Grove fills Always) unless the pods are meant to run to completion.',
    source:
      'operator/internal/webhook/admission/pcs/defaulting/podcliqueset.go; operator/internal/webhook/admission/pcs/validation/podcliqueset.go',
  },
];
