/** ESR-H6: every move of the request, who made it, when, and why: the immutable request events. */
import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { ReferenceManyField, useListContext, useLocaleState, useTranslate, type RaRecord } from 'react-admin';
import { formatDualDate } from '../common/dates';

const Events = () => {
  const { data } = useListContext<RaRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <List dense data-testid="timeline">
      {(data ?? []).map((event) => {
        const when = formatDualDate(String(event.at), locale, true);
        const role = event.actorRole ? translate(`wasl.role.${String(event.actorRole)}`) : '';
        return (
          <ListItem
            key={event.id}
            data-status={String(event.toStatus)}
            sx={{ borderInlineStart: 3, borderColor: 'primary.main', mb: 1 }}
          >
            <ListItemText
              primary={`${translate(`enums.status.${String(event.toStatus)}`)}${role ? ` — ${role}` : ''}`}
              secondary={[when ? `${when.hijri} • ${when.gregorian}` : '', event.note ? String(event.note) : '']
                .filter(Boolean)
                .join(' — ')}
            />
          </ListItem>
        );
      })}
    </List>
  );
};

export const Timeline = () => {
  const translate = useTranslate();
  return (
    <div>
      <Typography variant="subtitle1">{translate('wasl.request.timeline')}</Typography>
      <ReferenceManyField
        reference="request-events"
        target="request"
        sort={{ field: 'at', order: 'ASC' }}
        perPage={100}
      >
        <Events />
      </ReferenceManyField>
    </div>
  );
};
