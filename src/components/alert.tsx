import { cva, type VariantProps } from 'class-variance-authority';
import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

const alertVariants = cva('rounded-lg border p-3 text-sm', {
  variants: {
    tone: {
      danger: 'border-danger/40 bg-danger-soft',
      warning: 'border-warning/40 bg-warning-soft',
      success: 'border-success/40 bg-success-soft',
      info: 'border-info/40 bg-info-soft',
    },
  },
  defaultVariants: { tone: 'danger' },
});

export function Alert({ className, tone, ...props }: ComponentProps<'div'> & VariantProps<typeof alertVariants>) {
  return <div className={cn(alertVariants({ tone }), className)} {...props} />;
}

export function AlertTitle({ className, ...props }: ComponentProps<'p'>) {
  return <p className={cn('font-semibold', className)} {...props} />;
}
