/** The help texts; `main` prints them for `--help` and after a usage error. */
export const MAIN_HELP = `grove-designer: check Grove PodCliqueSet manifests before kubectl apply

Usage:
  grove-designer check  [--format text|json|sarif] [--fail-on error|warning]
                        [--old OLD.yaml] [--config OPERATOR.yaml] PATH... | -
  grove-designer expand [--format json|text] [--max-pods N] [--config OPERATOR.yaml] FILE | -
  grove-designer rules  [--format text|json]
  grove-designer help | version      (also --help, --version)

Commands:
  check   Parse, default and validate as the API server and Grove's webhook do, then lint.
  expand  List everything Grove creates: PodCliques, scaling groups, PodGangs, Services, HPAs, pods.
  rules   List every rule code with its stage, severity and a one-line title.

Run "grove-designer COMMAND --help" for the options of a command.

Exit status: 2 if an input cannot be read or is not YAML; else 1 if a document has an error
(or a warning, with --fail-on warning); else 0.
`;

export const CHECK_HELP = `Usage: grove-designer check [options] PATH... | -

Checks each YAML document: PodCliqueSets and ClusterTopologyBindings (grove.io/v1alpha1); other
documents are listed as skipped. PATH is a file, or a directory searched recursively for *.yaml and
*.yml (skipping .git and node_modules); "-" reads standard input.

Options:
  --format text|json|sarif   Output format (default text).
  --fail-on error|warning    Exit 1 on errors only (default), or on warnings too.
  --old OLD.yaml             Judge each PodCliqueSet as an update (full replace) of the one with
                             its name in OLD.yaml: Grove's update rules run as well.
  --config OPERATOR.yaml     Grove's OperatorConfiguration, or Helm values with a config: block
                             (scheduler profiles, topology-aware scheduling, auto-MNNVL).
                             Without it, Grove's Helm defaults apply.
  -h, --help                 Show this help.

ClusterTopologyBindings among the inputs count as existing in the cluster. A comment line
"# grove-designer-ignore CODE[,CODE]" directly above a field silences those warnings there.
`;

export const EXPAND_HELP = `Usage: grove-designer expand [options] FILE | -

Lists what Grove creates from each PodCliqueSet in FILE, by Grove's naming formulas. Counts are
exact however large; lists are cut at --max-pods pods and 10000 rows of every other kind.

Options:
  --format json|text         Output format (default json).
  --max-pods N               Pods to list per PodCliqueSet (default 10000).
  --config OPERATOR.yaml     Grove's operator configuration (the default scheduler profile).
  -h, --help                 Show this help.
`;

export const RULES_HELP = `Usage: grove-designer rules [--format text|json]

Lists every rule code with its stage, severity and a one-line title (json: all metadata).
`;
