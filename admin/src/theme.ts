/** The console's MUI theme: Arabic font bundled from npm (no CDN), direction from the language. */
import { createTheme, type Theme } from '@mui/material/styles';
import { defaultTheme } from 'react-admin';

const FONT = '"IBM Plex Sans Arabic", "Segoe UI", Tahoma, sans-serif';

export const waslTheme = (direction: 'rtl' | 'ltr'): Theme =>
  createTheme({
    ...defaultTheme,
    direction,
    palette: { primary: { main: '#0f5f5c' }, secondary: { main: '#b7862b' }, background: { default: '#f6f7f5' } },
    typography: { fontFamily: FONT },
    components: { ...defaultTheme.components, MuiChip: { styleOverrides: { root: { fontWeight: 500 } } } },
  });
