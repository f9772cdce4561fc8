import { useId, type ReactNode } from 'react';
import { Badge } from '@/components/badge';
import { Card, CardBody, CardHeader } from '@/components/card';

interface ProblemCardProps {
  /** The server's name (or what identifies it): the card's accessible name, like a normal server card. */
  title: string;
  badge: string;
  /** Under the title, e.g. the server id. */
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** The frame of a card that stands in for a server the dashboard could not show normally. */
export function ProblemCard({ title, badge, subtitle, children, footer }: ProblemCardProps) {
  const headingId = useId();
  return (
    <Card aria-labelledby={headingId} className="border-danger/40">
      <CardHeader>
        <div className="flex items-start justify-between gap-3">
          <h3 id={headingId} dir="auto" className="line-clamp-3 text-base leading-tight font-semibold break-words" title={title}>
            {title}
          </h3>
          <Badge tone="danger">{badge}</Badge>
        </div>
        {subtitle}
      </CardHeader>
      <CardBody className="text-sm">{children}</CardBody>
      {footer}
    </Card>
  );
}
