/** The request page's data: the journey view (what is missing, next steps, votes) and the named actions. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { VoteChoice, WaslDataProvider } from '../dataProvider';

const journeyKey = (id: string) => ['service-requests', 'journey', id];

export const useJourney = (id: string | undefined) => {
  const dataProvider = useDataProvider<WaslDataProvider>();
  return useQuery({ queryKey: journeyKey(id ?? ''), queryFn: () => dataProvider.getJourney(id as string), enabled: Boolean(id) });
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

export const useTransition = (id: string, version: number | undefined) => {
  const dataProvider = useDataProvider<WaslDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const after = useAfterAction(id);
  const onError = useFailureNotice();
  return useMutation({
    mutationFn: ({ to, note }: { to: string; note: string }) => dataProvider.transitionRequest(id, { to, note: note || undefined, version }),
    onSuccess: (_view, { to }) => {
      notify(translate('wasl.request.moved', { status: translate(`enums.status.${to}`) }), { type: 'success' });
      after();
    },
    onError,
  });
};

export const useVote = (id: string) => {
  const dataProvider = useDataProvider<WaslDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const after = useAfterAction(id);
  const onError = useFailureNotice();
  return useMutation({
    mutationFn: (input: { choice: VoteChoice; reason: string }) => dataProvider.castVote(id, { choice: input.choice, reason: input.reason || undefined }),
    onSuccess: () => {
      notify(translate('wasl.committee.voted'), { type: 'success' });
      after();
    },
    onError,
  });
};
