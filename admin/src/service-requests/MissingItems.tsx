/** ESR-H2: what is missing before the beneficiary leaves, each reason in the user's language. */
import { Alert, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useJourney } from './journey';

export const MissingItems = ({ id }: { id: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useJourney(id);
  if (!data) return null;
  return (
    <div data-testid="missing-items">
      <Typography variant="subtitle1">{translate('wasl.request.missing')}</Typography>
      {data.missing.length === 0 ? (
        <Alert severity="success">{translate('wasl.request.nothing_missing')}</Alert>
      ) : (
        <List dense>
          {data.missing.map((item) => (
            <ListItem key={`${item.code}-${item.document ?? item.rule}`} data-code={item.code}>
              <ListItemText primary={locale === 'en' ? item.en : item.ar} />
            </ListItem>
          ))}
        </List>
      )}
    </div>
  );
};
