import { clsx, type ClassValue } from 'clsx';
import { createTailwindMerge } from 'tailwind-merge';

const anything = () => true;
const isNumber = (value: string) => /^\d+(\.\d+)?$/.test(value);
const isArbitrary = (value: string) => /^\[.+\]$/.test(value);
/** The theme's colours (src/index.css) and the keywords Tailwind has beside them. */
const isColor = (value: string) =>
  /^(?:background|foreground|card|muted|muted-foreground|primary|primary-foreground|border|danger|danger-soft|success|success-soft|warning|warning-soft|info|info-soft|ring|current|transparent|inherit|white|black)$/.test(value);
/** A spacing or size value: a number of steps, a fraction, a keyword, a container size or an arbitrary value. */
const isSize = (value: string) =>
  isNumber(value) ||
  isArbitrary(value) ||
  /^\d+\/\d+$/.test(value) ||
  /^(?:px|auto|full|screen|min|max|fit|dvh|svh|lvh|dvw|svw|lvw|prose|3xs|2xs|xs|sm|md|lg|xl|[2-7]xl)$/.test(value);
const isCorner = (value: string) => /^(?:t|b|l|r|s|e|tl|tr|bl|br|ss|se|es|ee)(?:-|$)/.test(value);

/**
 * tailwind-merge's engine with the class groups this app uses, not its whole table of Tailwind (8.7 KB gzip of the
 * first load for classes we never write). A class outside these groups is kept as it is, as with no merging at all;
 * `cn.test.ts` checks that this agrees with the full table on every class string in src/.
 */
/**
 * Space-separated words, to keep the table short. Each group lists the values the app writes, no more: a class outside
 * the table is kept as written, and `cn.test.ts` fails for a new class that needs a place in it.
 */
const words = (list: string) => list.split(' ');

/** Groups named after their prefix, whose values one validator accepts: `byPrefix(isSize, 'p px')` for `p-*`, `px-*`. */
function byPrefix(validator: (value: string) => boolean, prefixes: string) {
  return Object.fromEntries(words(prefixes).map((prefix) => [prefix, [{ [prefix]: [validator] }]]));
}

const SIDES = 'p px py pt pr pb pl m mx my mt mr mb ml';

const merge = createTailwindMerge(() => ({
  cacheSize: 500,
  theme: {},
  classGroups: {
    ...byPrefix(isSize, `${SIDES} gap gap-x gap-y w min-w max-w h min-h max-h size inset top right bottom left`),
    ...byPrefix(anything, 'grid-cols col-span col-start row-start cursor rotate accent items justify self leading tracking whitespace line-clamp underline-offset opacity animate overflow-x overflow-y'),
    display: words('block inline-block inline flex inline-flex grid hidden table-cell'),
    visibility: words('visible invisible'),
    position: words('fixed absolute relative'),
    sr: ['sr-only'],
    'not-sr': ['not-sr-only'],
    z: [{ z: [isNumber] }],
    'pointer-events': [{ 'pointer-events': words('auto none') }],
    select: [{ select: ['none'] }],
    transition: [{ transition: [anything] }],
    list: [{ list: words('none disc') }],
    align: [{ align: words('top middle') }],
    caption: [{ caption: ['top'] }],
    'border-collapse': [{ border: ['collapse'] }],
    nums: ['tabular-nums'],
    'text-overflow': ['truncate'],
    'text-transform': ['uppercase'],
    'font-style': ['italic'],
    wrap: [{ wrap: ['anywhere'] }],
    flex: [{ flex: [isNumber, 'none'] }],
    'flex-direction': [{ flex: words('row col') }],
    'flex-wrap': [{ flex: ['wrap'] }],
    shrink: [{ shrink: [anything] }],
    overflow: [{ overflow: ['auto'] }],
    'font-size': [{ text: [...words('xs sm base lg xl 2xl'), isArbitrary] }],
    'text-align': [{ text: words('left center right') }],
    'text-color': [{ text: [isColor] }],
    'font-weight': [{ font: words('normal medium semibold') }],
    'font-family': [{ font: ['mono'] }],
    break: [{ break: words('words all') }],
    bg: [{ bg: [isColor] }],
    'border-w': ['border', { border: [isNumber, isArbitrary] }],
    'border-w-t': ['border-t', { 'border-t': [isNumber] }],
    'border-w-b': ['border-b', { 'border-b': [isNumber] }],
    'border-style': [{ border: ['dashed'] }],
    'border-color': [{ border: [isColor] }],
    rounded: ['rounded', { rounded: [(value: string) => !isCorner(value)] }],
    'ring-w': [{ ring: [isNumber] }],
    'ring-color': [{ ring: [isColor] }],
    'ring-offset-w': [{ 'ring-offset': [isNumber] }],
    'ring-offset-color': [{ 'ring-offset': [isColor] }],
    'outline-w': [{ outline: [isNumber] }],
    'outline-style': [{ outline: ['none'] }],
    'outline-color': [{ outline: [isColor] }],
    'divide-y': ['divide-y', { 'divide-y': [isNumber] }],
    'divide-color': [{ divide: [isColor] }],
    shadow: [{ shadow: words('sm md lg') }],
    decoration: ['underline'],
    'decoration-style': [{ decoration: ['dotted'] }],
    'decoration-color': [{ decoration: [isColor] }],
  },
  conflictingClassGroups: {
    p: words('px py pt pr pb pl'),
    px: words('pr pl'),
    py: words('pt pb'),
    m: words('mx my mt mr mb ml'),
    mx: words('mr ml'),
    my: words('mt mb'),
    gap: words('gap-x gap-y'),
    size: words('w h'),
    inset: words('top right bottom left'),
    overflow: words('overflow-x overflow-y'),
    'border-w': words('border-w-t border-w-b'),
    'line-clamp': words('display overflow'),
    // sr-only hides by position, size, margin, padding, overflow and white-space: an earlier one of these would undo it.
    sr: words(`not-sr position size w h ${SIDES} overflow overflow-x overflow-y whitespace`),
    'not-sr': ['sr'],
    flex: ['shrink'],
  },
  conflictingClassGroupModifiers: { 'font-size': ['leading'] },
  orderSensitiveModifiers: words('* ** after backdrop before file first-letter first-line marker placeholder selection'),
}));

/**
 * Joins class names; of two Tailwind classes that set the same thing, the later argument wins. Without the merge,
 * both would reach the element and the stylesheet's order would pick one, so `className="h-7"` could not shrink an
 * `h-8` button.
 */
export function cn(...inputs: ClassValue[]): string {
  return merge(clsx(inputs));
}
