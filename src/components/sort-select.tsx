import { useId } from 'react';

interface SortSelectProps<T extends string> {
  value: T;
  /** In display order; each label names itself ("Sort: name"), so no visible label is needed beside the select. */
  options: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T) => void;
}

/** "Sort by", as a select whose options say what they sort by. */
export function SortSelect<T extends string>({ value, options, labels, onChange }: SortSelectProps<T>) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="sr-only">
        Sort by
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option === event.target.value);
          if (chosen !== undefined) onChange(chosen);
        }}
        className="h-9 rounded-md border border-border bg-card px-2 text-sm"
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {labels[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
