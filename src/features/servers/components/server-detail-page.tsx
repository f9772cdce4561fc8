import { useParams } from 'react-router';

/** Placeholder: the server detail page is being built. */
export function ServerDetailPage() {
  const { serverId = '' } = useParams();
  return <h1 className="text-2xl font-semibold">Server {serverId}</h1>;
}
