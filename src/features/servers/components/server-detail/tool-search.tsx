import { SearchField } from '@/components/search-field';

interface ToolSearchProps {
  value: string;
  onChange: (value: string) => void;
}

export function ToolSearch({ value, onChange }: ToolSearchProps) {
  return (
    <SearchField label="Search tools" value={value} onChange={onChange} placeholder="Name, upstream name or description" className="w-80" />
  );
}
