import { useId } from 'react';

interface ToolSearchProps {
  value: string;
  onChange: (value: string) => void;
}

export function ToolSearch({ value, onChange }: ToolSearchProps) {
  const id = useId();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-muted-foreground">
        Search tools
      </label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder="Name, upstream name or description"
        onChange={(event) => onChange(event.target.value)}
        className="h-9 w-80 max-w-full rounded-md border border-border bg-card px-3 text-sm"
      />
    </div>
  );
}
