/**
 * The list toolbar: filters, create (when the role may) and CSV export. Export asks for at most the
 * server's page limit (cms/validation/list-query.ts MAX_PAGE_SIZE); react-admin's default of 1000
 * would be refused with INVALID_RANGE.
 */
import { CreateButton, ExportButton, FilterButton, TopToolbar, useResourceDefinition } from 'react-admin';
import { MAX_PAGE_SIZE } from '../../../cms/validation/list-query';

export const ListActions = ({ filters = true }: { filters?: boolean }) => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {filters && <FilterButton />}
      {hasCreate && <CreateButton />}
      <ExportButton maxResults={MAX_PAGE_SIZE} />
    </TopToolbar>
  );
};
