import { CopyButton, type CopyWords } from "./copy-button";

/** A labelled read-only text (selectable by hand) with a copy button beside it. */
export function CopyField({
  id,
  label,
  copyLabel,
  words,
  value,
  rows = 1,
  className,
}: {
  id: string;
  label: string;
  /** The copy button's text ("Copy embed code"). */
  copyLabel: string;
  words: CopyWords;
  value: string;
  rows?: number;
  className?: string;
}) {
  return (
    <div className={`flex flex-col gap-1 ${className ?? ""}`} data-copy-field={id}>
      <label htmlFor={id} className="text-sm font-medium text-ink">
        {label}
      </label>
      {rows > 1 ? (
        <textarea
          id={id}
          readOnly
          rows={rows}
          value={value}
          className="w-full resize-y rounded border border-border bg-surface-alt p-2 font-mono text-xs text-ink"
        />
      ) : (
        <input
          id={id}
          readOnly
          value={value}
          className="w-full rounded border border-border bg-surface-alt p-2 font-mono text-xs text-ink"
        />
      )}
      <CopyButton text={value} label={copyLabel} words={words} />
    </div>
  );
}
