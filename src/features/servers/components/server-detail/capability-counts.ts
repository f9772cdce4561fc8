export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The table caption: "90 tools, 86 enabled". */
export function countCaption(total: number, enabled: number, noun: 'tool' | 'prompt'): string {
  return `${plural(total, noun)}, ${enabled} enabled`;
}
