/** Every other role lands on its own queues: one tile per queue with its count, linking to the filtered list. */
import { Box, Card, CardActionArea, CardContent, Skeleton, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Title, useGetList, useTranslate } from 'react-admin';
import { useRole } from '../common/access';
import { useFigure } from './chart-parts';
import { queuesFor, type Queue } from './queues';

const QueueTile = ({ queue }: { queue: Queue }) => {
  const translate = useTranslate();
  const figure = useFigure();
  const { total, isPending, error } = useGetList(queue.resource, {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'id', order: 'ASC' },
    filter: queue.filter,
  });
  const to = `/${queue.resource}?filter=${encodeURIComponent(JSON.stringify(queue.filter))}`;
  return (
    <Card data-queue={queue.key} data-count={total ?? ''}>
      <CardActionArea component={Link} to={to}>
        <CardContent>
          <Typography variant="body2" color="text.secondary" component="h2">
            {translate(`wasl.dashboard.queue.${queue.key}`)}
          </Typography>
          {isPending ? (
            <Skeleton width={60} height={48} />
          ) : (
            <Typography variant="h3" component="p">
              {error ? '—' : figure(total ?? 0)}
            </Typography>
          )}
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

export const RoleLanding = () => {
  const translate = useTranslate();
  const role = useRole();
  const queues = queuesFor(role);
  return (
    <Box sx={{ py: 2 }} data-testid="dashboard" data-kind="queues">
      <Title title={translate('wasl.dashboard.my_work')} />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
        {translate('wasl.dashboard.my_work')}
      </Typography>
      {queues.length === 0 ? (
        <Typography color="text.secondary">{translate('wasl.dashboard.no_queues')}</Typography>
      ) : (
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(3, minmax(0, 1fr))' },
          }}
        >
          {queues.map((queue) => (
            <QueueTile key={queue.key} queue={queue} />
          ))}
        </Box>
      )}
    </Box>
  );
};
