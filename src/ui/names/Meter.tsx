interface Props {
  readonly label: string;
  readonly used: number;
  readonly limit: number;
  /** The text measured, shown after the numbers. */
  readonly detail?: React.ReactNode;
}

/** A bar of characters used against a limit: green, amber past 80 %, red past the limit. */
export function Meter({ label, used, limit, detail }: Props) {
  const share = used / limit;
  const tone = share > 1 ? 'over' : share >= 0.8 ? 'near' : 'ok';
  return (
    <div className={`meter meter-${tone}`}>
      <span className="meter-label">{label}</span>
      <span
        className="meter-bar"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={limit}
        aria-valuenow={Math.min(used, limit)}
        aria-valuetext={`${used} of ${limit} characters`}
      >
        <span className="meter-fill" style={{ width: `${Math.min(100, share * 100)}%` }} />
      </span>
      <span className="meter-value">
        {used} / {limit}
        {used > limit ? ` (${used - limit} over)` : ` (${limit - used} to spare)`}
      </span>
      {detail && <span className="meter-detail">{detail}</span>}
    </div>
  );
}
