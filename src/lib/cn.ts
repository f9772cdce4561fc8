import { clsx, type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

/**
 * Joins class names; of two Tailwind classes that set the same thing, the later argument wins. Without the merge,
 * both would reach the element and the stylesheet's order would pick one, so `className="h-7"` could not shrink an
 * `h-8` button.
 */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
