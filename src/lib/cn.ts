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
const merge = createTailwindMerge(() => ({
  cacheSize: 500,
  theme: {},
  classGroups: {
    display: [
      ...['block', 'inline-block', 'inline', 'flex', 'inline-flex', 'grid', 'inline-grid', 'contents', 'flow-root', 'list-item', 'hidden'],
      ...['table', 'inline-table', 'table-caption', 'table-cell', 'table-column', 'table-row', 'table-row-group', 'table-header-group'],
    ],
    visibility: ['visible', 'invisible', 'collapse'],
    'grid-cols': [{ 'grid-cols': [anything] }],
    'col-span': [{ 'col-span': [anything] }],
    cursor: [{ cursor: [anything] }],
    'pointer-events': [{ 'pointer-events': ['auto', 'none'] }],
    select: [{ select: ['none', 'text', 'all', 'auto'] }],
    transition: ['transition', { transition: [anything] }],
    rotate: [{ rotate: [anything] }],
    accent: [{ accent: [anything] }],
    'list-style-type': [{ list: ['none', 'disc', 'decimal'] }],
    'vertical-align': [{ align: ['baseline', 'top', 'middle', 'bottom', 'text-top', 'text-bottom', 'sub', 'super'] }],
    caption: [{ caption: ['top', 'bottom'] }],
    'border-collapse': [{ border: ['collapse', 'separate'] }],
    'fvn-spacing': ['tabular-nums', 'proportional-nums'],
    'text-overflow': ['truncate', 'text-ellipsis', 'text-clip'],
    'text-transform': ['uppercase', 'lowercase', 'capitalize', 'normal-case'],
    'font-style': ['italic', 'not-italic'],
    'overflow-wrap': [{ wrap: ['break-word', 'anywhere', 'normal'] }],
    'outline-w': ['outline', { outline: [isNumber] }],
    'outline-style': [{ outline: ['solid', 'dashed', 'dotted', 'double', 'none', 'hidden'] }],
    'outline-color': [{ outline: [isColor] }],
    'divide-y': ['divide-y', { 'divide-y': [isNumber] }],
    'divide-color': [{ divide: [isColor] }],
    'text-decoration-style': [{ decoration: ['solid', 'dashed', 'dotted', 'double', 'wavy'] }],
    'text-decoration-color': [{ decoration: [isColor] }],
    position: ['static', 'fixed', 'absolute', 'relative', 'sticky'],
    inset: [{ inset: [isSize] }],
    top: [{ top: [isSize] }],
    right: [{ right: [isSize] }],
    bottom: [{ bottom: [isSize] }],
    left: [{ left: [isSize] }],
    z: [{ z: [isNumber, 'auto', isArbitrary] }],
    sr: ['sr-only'],
    'not-sr': ['not-sr-only'],
    flex: [{ flex: ['1', 'auto', 'initial', 'none', isNumber, isArbitrary] }],
    'flex-direction': [{ flex: ['row', 'row-reverse', 'col', 'col-reverse'] }],
    'flex-wrap': [{ flex: ['wrap', 'wrap-reverse', 'nowrap'] }],
    grow: ['grow', { grow: [anything] }],
    shrink: ['shrink', { shrink: [anything] }],
    'align-items': [{ items: [anything] }],
    'justify-content': [{ justify: [anything] }],
    'align-self': [{ self: [anything] }],
    gap: [{ gap: [isSize] }],
    'gap-x': [{ 'gap-x': [isSize] }],
    'gap-y': [{ 'gap-y': [isSize] }],
    p: [{ p: [isSize] }],
    px: [{ px: [isSize] }],
    py: [{ py: [isSize] }],
    pt: [{ pt: [isSize] }],
    pr: [{ pr: [isSize] }],
    pb: [{ pb: [isSize] }],
    pl: [{ pl: [isSize] }],
    m: [{ m: [isSize] }],
    mx: [{ mx: [isSize] }],
    my: [{ my: [isSize] }],
    mt: [{ mt: [isSize] }],
    mr: [{ mr: [isSize] }],
    mb: [{ mb: [isSize] }],
    ml: [{ ml: [isSize] }],
    w: [{ w: [isSize] }],
    'min-w': [{ 'min-w': [isSize] }],
    'max-w': [{ 'max-w': [isSize] }],
    h: [{ h: [isSize] }],
    'min-h': [{ 'min-h': [isSize] }],
    'max-h': [{ 'max-h': [isSize] }],
    size: [{ size: [isSize] }],
    overflow: [{ overflow: ['auto', 'hidden', 'clip', 'visible', 'scroll'] }],
    'overflow-x': [{ 'overflow-x': [anything] }],
    'overflow-y': [{ 'overflow-y': [anything] }],
    'font-size': [{ text: ['xs', 'sm', 'base', 'lg', 'xl', '2xl', '3xl', '4xl', '5xl', isArbitrary] }],
    'text-alignment': [{ text: ['left', 'center', 'right', 'justify', 'start', 'end'] }],
    'text-wrap': [{ text: ['wrap', 'nowrap', 'balance', 'pretty'] }],
    'text-color': [{ text: [isColor] }],
    'font-weight': [{ font: ['thin', 'extralight', 'light', 'normal', 'medium', 'semibold', 'bold', 'extrabold', 'black'] }],
    'font-family': [{ font: ['sans', 'serif', 'mono'] }],
    leading: [{ leading: [anything] }],
    tracking: [{ tracking: [anything] }],
    whitespace: [{ whitespace: [anything] }],
    'word-break': [{ break: ['normal', 'words', 'all', 'keep'] }],
    'line-clamp': [{ 'line-clamp': [anything] }],
    'bg-color': [{ bg: [isColor] }],
    'border-w': ['border', { border: [isNumber, isArbitrary] }],
    'border-w-t': ['border-t', { 'border-t': [isNumber] }],
    'border-w-b': ['border-b', { 'border-b': [isNumber] }],
    'border-style': [{ border: ['solid', 'dashed', 'dotted', 'double', 'hidden', 'none'] }],
    'border-color': [{ border: [isColor] }],
    rounded: ['rounded', { rounded: [(value: string) => !isCorner(value)] }],
    'ring-w': ['ring', { ring: [isNumber] }],
    'ring-color': [{ ring: [isColor] }],
    'ring-offset-w': [{ 'ring-offset': [isNumber] }],
    'ring-offset-color': [{ 'ring-offset': [isColor] }],
    shadow: ['shadow', { shadow: ['2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', 'none'] }],
    'text-decoration': ['underline', 'overline', 'line-through', 'no-underline'],
    'underline-offset': [{ 'underline-offset': [anything] }],
    opacity: [{ opacity: [anything] }],
    animate: [{ animate: [anything] }],
  },
  conflictingClassGroups: {
    p: ['px', 'py', 'pt', 'pr', 'pb', 'pl'],
    px: ['pr', 'pl'],
    py: ['pt', 'pb'],
    m: ['mx', 'my', 'mt', 'mr', 'mb', 'ml'],
    mx: ['mr', 'ml'],
    my: ['mt', 'mb'],
    gap: ['gap-x', 'gap-y'],
    size: ['w', 'h'],
    inset: ['top', 'right', 'bottom', 'left'],
    overflow: ['overflow-x', 'overflow-y'],
    'border-w': ['border-w-t', 'border-w-b'],
    'line-clamp': ['display', 'overflow'],
    // sr-only hides by position, size, margin, padding, overflow and white-space: an earlier one of these would undo it.
    sr: ['not-sr', 'position', 'size', 'w', 'h', 'p', 'px', 'py', 'pt', 'pr', 'pb', 'pl', 'm', 'mx', 'my', 'mt', 'mr', 'mb', 'ml', 'overflow', 'overflow-x', 'overflow-y', 'whitespace'],
    'not-sr': ['sr'],
    flex: ['grow', 'shrink'],
  },
  conflictingClassGroupModifiers: { 'font-size': ['leading'] },
  orderSensitiveModifiers: ['*', '**', 'after', 'backdrop', 'before', 'file', 'first-letter', 'first-line', 'marker', 'placeholder', 'selection'],
}));

/**
 * Joins class names; of two Tailwind classes that set the same thing, the later argument wins. Without the merge,
 * both would reach the element and the stylesheet's order would pick one, so `className="h-7"` could not shrink an
 * `h-8` button.
 */
export function cn(...inputs: ClassValue[]): string {
  return merge(clsx(inputs));
}
