import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { clientsKey } from '../clients/client-queries';
import { staffDataKey } from '../session/session-query';
import {
  addStaticMembers,
  changeAudience,
  createAudience,
  deleteAudience,
  getAudience,
  getAudienceOptions,
  listAudiences,
  listMembers,
  previewAudience,
  removeStaticMember,
  type AudienceChange,
  type AudienceDefinition,
} from './audience-api';

export const audiencesKey = [...staffDataKey, 'audiences'] as const;
/** Members are client data: recording on a client (which invalidates clientsKey) refreshes them. */
const membersKey = [...clientsKey, 'audience-members'] as const;

export function useAudiencesQuery() {
  return useQuery({ queryKey: audiencesKey, queryFn: listAudiences });
}

export function useAudienceQuery(id: string | undefined) {
  return useQuery({ queryKey: [...audiencesKey, id], queryFn: () => getAudience(id!), enabled: id !== undefined });
}

export function useAudienceOptionsQuery() {
  return useQuery({ queryKey: [...audiencesKey, 'options'], queryFn: getAudienceOptions, staleTime: 5 * 60_000 });
}

/** The live count and sample: keeps the last answer on screen while the next one comes. */
export function useAudiencePreviewQuery(definition: AudienceDefinition | null, audienceId: string | undefined) {
  return useQuery({
    queryKey: [...clientsKey, 'audience-preview', audienceId ?? null, definition],
    queryFn: ({ signal }) => previewAudience(definition!, audienceId, signal),
    enabled: definition !== null,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 10_000,
  });
}

export function useMembersQuery(id: string, cursor: string | undefined) {
  return useQuery({ queryKey: [...membersKey, id, cursor ?? null], queryFn: () => listMembers(id, cursor), placeholderData: keepPreviousData });
}

function useInvalidateAudiences() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: audiencesKey });
    await queryClient.invalidateQueries({ queryKey: membersKey });
  };
}

export function useCreateAudienceMutation() {
  const invalidate = useInvalidateAudiences();
  return useMutation({ mutationFn: createAudience, onSuccess: invalidate });
}

export function useChangeAudienceMutation(id: string) {
  const invalidate = useInvalidateAudiences();
  return useMutation({ mutationFn: (change: AudienceChange) => changeAudience(id, change), onSuccess: invalidate });
}

export function useDeleteAudienceMutation() {
  const invalidate = useInvalidateAudiences();
  return useMutation({ mutationFn: deleteAudience, onSuccess: invalidate });
}

export function useAddStaticMembersMutation(id: string) {
  const invalidate = useInvalidateAudiences();
  return useMutation({ mutationFn: (addition: { clientIds?: string[]; clientNumbers?: string[] }) => addStaticMembers(id, addition), onSuccess: invalidate });
}

export function useRemoveStaticMemberMutation(id: string) {
  const invalidate = useInvalidateAudiences();
  return useMutation({ mutationFn: (clientId: string) => removeStaticMember(id, clientId), onSuccess: invalidate });
}
