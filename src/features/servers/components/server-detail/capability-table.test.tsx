import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mergeCapabilities } from '@/features/servers/capability-overrides';
import { CapabilityTable } from '@/features/servers/components/server-detail/capability-table';

describe('CapabilityTable', () => {
  it('renders names and descriptions from the API as text, never as HTML', () => {
    const { rows } = mergeCapabilities(
      [{ name: '<img src=x onerror=alert(1)>', description: '<script>alert(1)</script>' }, { description: 'no name' }],
      [{ name: '<img src=x onerror=alert(1)>', portal_alias: '<b>bold</b>' }],
      false,
    );
    render(<CapabilityTable caption="2 tools, 2 enabled" rows={rows} />);
    const table = screen.getByRole('table', { name: '2 tools, 2 enabled' });
    expect(table.querySelector('img, b, script')).toBeNull();
    expect(within(table).getByText('<b>bold</b>')).toBeInTheDocument();
    expect(within(table).getByText('upstream: <img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(within(table).getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(within(table).getByText('(unnamed)')).toBeInTheDocument();
    expect(within(table).getAllByRole('columnheader')).toHaveLength(3);
    expect(within(table).getAllByRole('rowheader')).toHaveLength(2);
  });
});
