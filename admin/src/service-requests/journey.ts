/** The request page's data: the journey view (what is missing, next steps, votes) and the named actions. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { VoteChoice, WaslDataProvider } from '../dataProvider';

const journeyKey = (id: string) => ['service-requests', 'journey', id];

export const useJourney = (id: string | undefined) => {
  const dataProvider = useDataProvider<WaslDataProvider>();
  return useQuery({
    queryKey: journeyKey(id ?? ''),
    queryFn: () => dataProvider.getJourney(id as string),
    enabled: Boolean(id),
  });
};

/** After any workflow action the record, its events and the journey view are read again. */
const useAfterAction = (id: string) => {
  const queryClient = useQueryClient();
  const refresh = useRefresh();
  return () => {
    void queryClient.invalidateQueries({ queryKey: journeyKey(id) });
    refresh();
  };
};

const useFailureNotice = () => {
  const notify = useNotify();
  const translate = useTranslate();
  return (error: Error) => notify(error.message || translate('wasl.error.generic'), { type: 'error', multiLine: true });
};

/** A named workflow action on the request: on success a notice, then the page is read again. */
const useJourneyAction = <I>(
  id: string,
  run: (dataProvider: WaslDataProvider, input: I) => Promise<unknown>,
  notice: (input: I) => string,
) => {
  const dataProvider = useDataProvider<WaslDataProvider>();
  const notify = useNotify();
  const after = useAfterAction(id);
  const onError = useFailureNotice();
  return useMutation({
    mutationFn: (input: I) => run(dataProvider, input),
    onSuccess: (_result, input) => {
      notify(notice(input), { type: 'success' });
      after();
    },
    onError,
  });
};

export const useTransition = (id: string, version: number | undefined) => {
  const translate = useTranslate();
  return useJourneyAction<{ to: string; note: string }>(
    id,
    (dataProvider, { to, note }) => dataProvider.transitionRequest(id, { to, note: note || undefined, version }),
    ({ to }) => translate('wasl.request.moved', { status: translate(`enums.status.${to}`) }),
  );
};

export const useVote = (id: string) => {
  const translate = useTranslate();
  return useJourneyAction<{ choice: VoteChoice; reason: string }>(
    id,
    (dataProvider, { choice, reason }) => dataProvider.castVote(id, { choice, reason: reason || undefined }),
    () => translate('wasl.committee.voted'),
  );
};
