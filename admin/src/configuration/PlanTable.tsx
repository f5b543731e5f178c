/** What an association profile import would do (or did), per section: created, updated, removed or disabled, and left as they are. */
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { NAMED_SECTIONS, type ProfilePlan } from './profile-import';

const Keys = ({ keys, count = keys.length }: { keys: string[]; count?: number }) => (
  <Box>
    <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
      {count}
    </Typography>
    {keys.length > 0 && (
      <Typography
        variant="caption"
        component="div"
        color="text.secondary"
        dir="ltr"
        sx={{ minWidth: 112, overflowWrap: 'anywhere' }}
      >
        {keys.join('، ')}
      </Typography>
    )}
  </Box>
);

export const PlanTable = ({ plan }: { plan: ProfilePlan }) => {
  const translate = useTranslate();
  const section = (name: string) =>
    NAMED_SECTIONS.includes(name) ? translate(`wasl.profile_import.section.${name}`) : name;
  return (
    // On a phone the table scrolls inside its box; the page itself keeps the screen's width.
    <Box sx={{ overflowX: 'auto', maxWidth: 'calc(100vw - 48px)' }}>
      <Table size="small" data-testid="profile-plan">
        <TableHead>
          <TableRow>
            <TableCell>{translate('wasl.profile_import.section_label')}</TableCell>
            <TableCell>{translate('wasl.profile_import.created')}</TableCell>
            <TableCell>{translate('wasl.profile_import.updated')}</TableCell>
            <TableCell>{translate('wasl.profile_import.removed')}</TableCell>
            <TableCell>{translate('wasl.profile_import.left')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {plan.sections.map((s) => (
            <TableRow key={s.section} data-section={s.section}>
              <TableCell>{section(s.section)}</TableCell>
              <TableCell data-column="created">
                <Keys keys={s.created} />
              </TableCell>
              <TableCell data-column="updated">
                <Keys keys={s.updated} />
              </TableCell>
              <TableCell data-column="removed">
                <Keys keys={s.removed} />
              </TableCell>
              <TableCell data-column="left">
                <Keys keys={s.left} count={s.unchanged} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
