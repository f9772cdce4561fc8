import { useId } from 'react';
import { cn } from '@/lib/cn';

interface SearchFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  className?: string;
  /** On a phone the placeholder says what the box is for; the label stays for screen readers. */
  labelVisibleFromSm?: boolean;
  wrapperClassName?: string;
}

/** A labelled search input; every search box in the app looks and behaves the same. */
export function SearchField({ label, value, onChange, placeholder, className, labelVisibleFromSm = false, wrapperClassName }: SearchFieldProps) {
  const id = useId();
  return (
    <div className={cn('flex flex-col gap-1', wrapperClassName)}>
      <label htmlFor={id} className={cn('text-xs font-medium text-muted-foreground', labelVisibleFromSm && 'sr-only sm:not-sr-only')}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
        className={cn('h-9 max-w-full rounded-md border border-border bg-card px-3 text-sm', className)}
      />
    </div>
  );
}
