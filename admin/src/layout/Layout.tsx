/** react-admin's layout with the app bar showing who is signed in and in which role. */
import { Chip } from '@mui/material';
import { AppBar, Layout as RaLayout, TitlePortal, useTranslate, type LayoutProps } from 'react-admin';
import { useRole } from '../common/access';
import { Menu } from './Menu';

const RoleChip = () => {
  const role = useRole();
  const translate = useTranslate();
  if (!role) return null;
  return (
    <Chip
      size="small"
      label={translate(`wasl.role.${role}`)}
      sx={{ marginInlineEnd: 1, color: 'inherit', borderColor: 'currentColor' }}
      variant="outlined"
      data-role={role}
    />
  );
};

const WaslAppBar = () => (
  <AppBar>
    <TitlePortal />
    <RoleChip />
  </AppBar>
);

export const Layout = ({ children }: LayoutProps) => (
  <RaLayout appBar={WaslAppBar} menu={Menu}>
    {children}
  </RaLayout>
);
