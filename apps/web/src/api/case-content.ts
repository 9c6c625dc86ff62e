import { unwrap, unwrapEmpty, type components } from '@essaim/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { caseQueryKey } from './cases';
import { api } from './client';

// Notes, tasks and messages of a case. Each write adds an event to the case's timeline, so it
// refreshes the whole case (its key prefixes the keys below).

type Schemas = components['schemas'];

export type NoteDto = Schemas['NoteDto'];
export type TaskDto = Schemas['TaskDto'];
export type MessageDto = Schemas['MessageDto'];
export type NoteVisibility = NoteDto['visibility'];

const caseContentKeys = {
  notes: (caseId: string) => [...caseQueryKey(caseId), 'notes'] as const,
  tasks: (caseId: string) => [...caseQueryKey(caseId), 'tasks'] as const,
  messages: (caseId: string) => [...caseQueryKey(caseId), 'messages'] as const,
  revisions: (noteId: string) => ['notes', noteId, 'revisions'] as const,
};

function useRefreshCase(caseId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: caseQueryKey(caseId) });
}

// Notes

function fetchNotes(caseId: string) {
  return unwrap(api.GET('/api/cases/{id}/notes', { params: { path: { id: caseId } } }));
}

function fetchNoteRevisions(noteId: string) {
  return unwrap(api.GET('/api/notes/{id}/revisions', { params: { path: { id: noteId } } }));
}

/** Holders get the shared notes only; staff get all of them. Newest first. */
export function useNotes(caseId: string) {
  return useQuery({ queryKey: caseContentKeys.notes(caseId), queryFn: () => fetchNotes(caseId) });
}

export function useAddNote(caseId: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: (body: { body: string; visibility: NoteVisibility }) =>
      unwrap(api.POST('/api/cases/{id}/notes', { params: { path: { id: caseId } }, body })),
    onSuccess: refresh,
  });
}

/** Changes the text of one's own note; the previous text stays in its history. */
export function useEditNote(caseId: string) {
  const refresh = useRefreshCase(caseId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ noteId, ...body }: { noteId: string; body: string; version: number }) =>
      unwrap(api.PATCH('/api/notes/{id}', { params: { path: { id: noteId } }, body })),
    onSuccess: async (note) => {
      await queryClient.invalidateQueries({ queryKey: caseContentKeys.revisions(note.id) });
      await refresh();
    },
  });
}

export function useNoteRevisions(noteId: string, enabled: boolean) {
  return useQuery({
    queryKey: caseContentKeys.revisions(noteId),
    queryFn: () => fetchNoteRevisions(noteId),
    enabled,
  });
}

// Tasks (staff only)

function fetchTasks(caseId: string) {
  return unwrap(api.GET('/api/cases/{id}/tasks', { params: { path: { id: caseId } } }));
}

/** Open tasks first by due date, then the done ones. */
export function useTasks(caseId: string) {
  return useQuery({ queryKey: caseContentKeys.tasks(caseId), queryFn: () => fetchTasks(caseId) });
}

export interface TaskInput {
  title: string;
  /** A calendar day, `YYYY-MM-DD`. */
  dueDate: string;
  assigneeId?: string;
}

export function useAddTask(caseId: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: (body: TaskInput) =>
      unwrap(api.POST('/api/cases/{id}/tasks', { params: { path: { id: caseId } }, body })),
    onSuccess: refresh,
  });
}

export function useUpdateTask(caseId: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: ({
      taskId,
      ...body
    }: Partial<TaskInput> & { taskId: string; version: number; done?: boolean }) =>
      unwrap(api.PATCH('/api/tasks/{id}', { params: { path: { id: taskId } }, body })),
    onSuccess: refresh,
  });
}

// Messages (the holder and the advisors of the case)

function fetchMessages(caseId: string) {
  return unwrap(api.GET('/api/cases/{id}/messages', { params: { path: { id: caseId } } }));
}

/** The thread, oldest first, and how many messages of the other side the caller has not read. */
export function useMessages(caseId: string) {
  return useQuery({ queryKey: caseContentKeys.messages(caseId), queryFn: () => fetchMessages(caseId) });
}

export function usePostMessage(caseId: string) {
  const refresh = useRefreshCase(caseId);
  return useMutation({
    mutationFn: (body: { body: string; attachmentIds: string[] }) =>
      unwrap(api.POST('/api/cases/{id}/messages', { params: { path: { id: caseId } }, body })),
    onSuccess: refresh,
  });
}

/** The caller has read the thread up to now: the other side sees "Lu", the unread count drops. */
export function useMarkThreadRead(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrapEmpty(api.POST('/api/cases/{id}/messages/read', { params: { path: { id: caseId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseContentKeys.messages(caseId) }),
  });
}
