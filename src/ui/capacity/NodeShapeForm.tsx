import { useState } from 'react';

export interface ShapeFields {
  readonly gpu: string;
  readonly cpu: string;
  readonly memory: string;
  readonly pods: string;
  /** Other extended resources: `name=amount, name=amount`. */
  readonly extra: string;
}

export const DEFAULT_SHAPE: ShapeFields = { gpu: '8', cpu: '224', memory: '2Ti', pods: '110', extra: '' };

/** The node shape as the core reads it (empty fields left out). */
export function shapeOf(f: ShapeFields): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.gpu.trim()) out['nvidia.com/gpu'] = f.gpu.trim();
  if (f.cpu.trim()) out['cpu'] = f.cpu.trim();
  if (f.memory.trim()) out['memory'] = f.memory.trim();
  if (f.pods.trim()) out['pods'] = f.pods.trim();
  for (const pair of f.extra.split(',')) {
    const [name, amount] = pair.split('=').map((s) => s.trim());
    if (name && amount) out[name] = amount;
  }
  return out;
}

interface Props {
  readonly value: ShapeFields;
  readonly onChange: (value: ShapeFields) => void;
  readonly problems: readonly string[];
}

/** One node's allocatable resources, for the node counts ("8 GPUs, 2 TiB"). */
export function NodeShapeForm({ value, onChange, problems }: Props) {
  const [open, setOpen] = useState(false);
  const field = (key: keyof ShapeFields, label: string, width: string, hint?: string) => (
    <label className="shape-field">
      <span>{label}</span>
      <input
        type="text"
        className="mono"
        style={{ width }}
        value={value[key]}
        placeholder={hint}
        onChange={(e) => onChange({ ...value, [key]: e.target.value })}
      />
    </label>
  );
  return (
    <fieldset className="node-shape">
      <legend>Node shape (allocatable per node)</legend>
      {field('gpu', 'GPUs', '4em')}
      {field('cpu', 'CPU', '5em')}
      {field('memory', 'Memory', '6em')}
      {field('pods', 'Pods', '5em')}
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Other resources
      </button>
      {open && field('extra', 'Other', '16em', 'rdma/ib=1, example.com/fpga=2')}
      {problems.map((p) => (
        <span key={p} className="shape-problem" role="alert">
          {p}
        </span>
      ))}
    </fieldset>
  );
}
