// The YAML language service (monaco-yaml's worker), bundled by Vite as its own worker file.
import 'monaco-yaml/yaml.worker.js';
