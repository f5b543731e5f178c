/**
 * One statistics endpoint for the dashboard's filter, through the console's httpClient (the signed-in
 * token, renewed when due).
 */
import { useQuery } from '@tanstack/react-query';
import { HttpError } from 'react-admin';
import { httpClient } from '../httpClient';
import { API_URL } from '../session';
import { bucketFor } from './stats-helpers';
import type { StatsFilter } from './types';

export type StatsName =
  'visitors' | 'complaints' | 'requests-sla' | 'satisfaction' | 'escalations' | 'inspection-findings';

export type StatsResult<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: T };

export const statsQuery = (filter: StatsFilter): URLSearchParams => {
  const params = new URLSearchParams({ from: filter.from, to: filter.to, bucket: bucketFor(filter.from, filter.to) });
  if (filter.branch) params.set('branch', filter.branch);
  return params;
};

export const useStats = <T>(name: StatsName, filter: StatsFilter): StatsResult<T> => {
  const query = statsQuery(filter).toString();
  const { data, error, isPending } = useQuery({
    queryKey: ['wasl-stats', name, query],
    queryFn: async () => (await httpClient(`${API_URL}/wasl/stats/${name}?${query}`)).json as T,
    retry: (count, failure) => !(failure instanceof HttpError && failure.status < 500) && count < 2,
  });
  if (error) return { state: 'error', message: error.message };
  if (isPending || data === undefined) return { state: 'loading' };
  return { state: 'ready', data };
};
