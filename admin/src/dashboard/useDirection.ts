/** The console's language and direction, for charts (recharts draws left to right unless told). */
import { useLocaleState } from 'react-admin';

export const useDirection = () => {
  const [locale] = useLocaleState();
  return { locale, rtl: locale !== 'en' };
};
