import { useEffect, useState } from 'react';
import { Button } from '@/components/button';
import { cn } from '@/lib/cn';

interface CopyButtonProps {
  /** The text to copy, or a function that makes it at the moment of the click. */
  value: string | (() => string);
  /** What is copied, for the accessible name: "Copy server id". */
  label: string;
  /** Visible words beside the icon; without them the button is the icon alone. */
  text?: string;
  /** Ghost beside other actions; primary where copying is the next step. */
  variant?: 'ghost' | 'primary' | 'outline';
  className?: string;
}

/** Copies `value` to the clipboard and says so, for a moment, in a live region. */
export function CopyButton({ value, label, text, variant = 'ghost', className }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(typeof value === 'function' ? value() : value);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className={cn('inline-flex items-center gap-1', className)}>
      <Button
        variant={variant}
        size="sm"
        className={text ? (variant === 'ghost' ? 'h-8 px-2 text-xs' : undefined) : 'h-6 px-1.5 text-xs'}
        aria-label={label}
        title={label}
        onClick={() => void copy()}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <rect x="9" y="9" width="11" height="11" rx="2" />
          <path d="M5 15V5a2 2 0 0 1 2-2h10" />
        </svg>
        {text}
      </Button>
      <span aria-live="polite" className="text-xs text-muted-foreground">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed: select the text instead' : ''}
      </span>
    </span>
  );
}
