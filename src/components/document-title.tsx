/** Sets the tab title ("Engineering tools · MCP portals"); React 19 hoists <title> into <head>. */
export function DocumentTitle({ title }: { title: string | null }) {
  return <title>{title ? `${title} · MCP portals` : 'MCP portals'}</title>;
}
