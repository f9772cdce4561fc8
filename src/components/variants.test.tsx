import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Badge, badgeVariants } from '@/components/badge';
import { Button, buttonVariants } from '@/components/button';

const classesOf = (element: HTMLElement) => element.className.split(' ');

describe('button and badge variants through cn', () => {
  it('keep every class of each button variant and size', () => {
    for (const variant of ['primary', 'outline', 'ghost'] as const) {
      for (const size of ['sm', 'md'] as const) {
        render(
          <Button variant={variant} size={size}>
            {`${variant} ${size}`}
          </Button>,
        );
        const expected = buttonVariants({ variant, size }).split(' ');
        expect(classesOf(screen.getByRole('button', { name: `${variant} ${size}` }))).toEqual(expected);
      }
    }
  });

  it('keep every class of each badge tone', () => {
    for (const tone of ['success', 'warning', 'danger', 'info', 'neutral'] as const) {
      render(<Badge tone={tone}>{tone}</Badge>);
      expect(classesOf(screen.getByText(tone))).toEqual(badgeVariants({ tone }).split(' '));
    }
  });

  it('let a className replace what a size sets, and nothing else', () => {
    render(
      <Button size="sm" variant="ghost" className="h-7 px-2">
        Dismiss
      </Button>,
    );
    const classes = classesOf(screen.getByRole('button', { name: 'Dismiss' }));
    expect(classes).toEqual(expect.arrayContaining(['h-7', 'px-2', 'text-sm', 'hover:bg-muted']));
    expect(classes).not.toContain('h-8');
    expect(classes).not.toContain('px-3');
  });
});
