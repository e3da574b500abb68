interface Props {
  readonly label: string;
  /** The count in use (the manifest's unless overridden). */
  readonly value: bigint;
  readonly overridden: boolean;
  readonly onChange: (value: bigint | null) => void;
}

const DIGITS = /^[0-9]{1,10}$/;

/** A what-if count: typing a number overrides the manifest's count for the meters only; empty resets it. */
export function CountField({ label, value, overridden, onChange }: Props) {
  return (
    <label className={`count-field${overridden ? ' overridden' : ''}`}>
      <span>{label}</span>
      <input
        type="number"
        min={0}
        max={2147483647}
        inputMode="numeric"
        value={String(value)}
        onChange={(e) => onChange(DIGITS.test(e.target.value) ? BigInt(e.target.value) : null)}
      />
    </label>
  );
}
