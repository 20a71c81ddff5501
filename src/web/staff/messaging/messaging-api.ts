import { isProblem } from '../../endpoints/problem';
import { apiRequest, queryString } from '../../endpoints/request';
import type {
  AudienceChoice,
  EstimateRequest,
  MessagingPreferencesChange,
  MessagingPreferencesView,
  MessagingSettings,
  NewSend,
  OutboxPage,
  OutboxQuery,
  Preview,
  PreviewRequest,
  SendCreated,
  SendEstimate,
  SendList,
  SendReport,
  Template,
  TemplateInput,
  TemplateList,
  TemplateSaved,
} from './messaging-types';

const v1 = '/api/v1';
const templatePath = (templateId: string): string => `${v1}/message-templates/${encodeURIComponent(templateId)}`;
const sendPath = (sendId: string): string => `${v1}/message-sends/${encodeURIComponent(sendId)}`;
const clientPath = (clientId: string): string => `${v1}/clients/${encodeURIComponent(clientId)}`;

export async function listTemplates(): Promise<TemplateList['templates']> {
  const { templates } = await apiRequest<TemplateList>('GET', `${v1}/message-templates`);
  return templates;
}

export function getTemplate(templateId: string): Promise<Template> {
  return apiRequest<Template>('GET', templatePath(templateId));
}

/** Saves a new template; syntax errors come back as a 400 per field, with the line. */
export function createTemplate(input: TemplateInput): Promise<TemplateSaved> {
  return apiRequest<TemplateSaved>('POST', `${v1}/message-templates`, { body: input });
}

export function updateTemplate(templateId: string, input: TemplateInput): Promise<TemplateSaved> {
  return apiRequest<TemplateSaved>('PUT', templatePath(templateId), { body: input });
}

/** The template as one client would get it, on every channel. */
export function previewTemplate(templateId: string, request: PreviewRequest): Promise<Preview> {
  return apiRequest<Preview>('POST', `${templatePath(templateId)}/preview`, { body: request });
}

/** How many people a send would reach, on which channels, and who not. */
export function estimateSend(request: EstimateRequest): Promise<SendEstimate> {
  return apiRequest<SendEstimate>('POST', `${v1}/message-sends/estimate`, { body: request });
}

export function createSend(send: NewSend): Promise<SendCreated> {
  return apiRequest<SendCreated>('POST', `${v1}/message-sends`, { body: send });
}

export function listSends(cursor?: string): Promise<SendList> {
  return apiRequest<SendList>('GET', `${v1}/message-sends${queryString({ cursor })}`);
}

export function getSendReport(sendId: string): Promise<SendReport> {
  return apiRequest<SendReport>('GET', sendPath(sendId));
}

export function cancelSend(sendId: string): Promise<unknown> {
  return apiRequest<unknown>('POST', `${sendPath(sendId)}/cancel`);
}

function outboxParameters(query: OutboxQuery): Record<string, string | undefined> {
  return { status: query.status, channel: query.channel, cursor: query.cursor };
}

/** Per recipient and channel: what a send put in the outbox, and what became of it. */
export function listSendMessages(sendId: string, query: OutboxQuery): Promise<OutboxPage> {
  return apiRequest<OutboxPage>('GET', `${sendPath(sendId)}/messages${queryString(outboxParameters(query))}`);
}

export function listOutbox(query: OutboxQuery): Promise<OutboxPage> {
  return apiRequest<OutboxPage>('GET', `${v1}/outbox${queryString(outboxParameters(query))}`);
}

/** Puts a dead letter back in the queue. */
export function retryOutboxMessage(messageId: string): Promise<unknown> {
  return apiRequest<unknown>('POST', `${v1}/outbox/${encodeURIComponent(messageId)}/retry`);
}

export function listClientMessages(clientId: string, cursor?: string): Promise<OutboxPage> {
  return apiRequest<OutboxPage>('GET', `${clientPath(clientId)}/messages${queryString({ cursor })}`);
}

export function getMessagingPreferences(clientId: string): Promise<MessagingPreferencesView> {
  return apiRequest<MessagingPreferencesView>('GET', `${clientPath(clientId)}/messaging-preferences`);
}

export function saveMessagingPreferences(clientId: string, change: MessagingPreferencesChange): Promise<unknown> {
  return apiRequest<unknown>('PUT', `${clientPath(clientId)}/messaging-preferences`, { body: change });
}

export function getMessagingSettings(): Promise<MessagingSettings> {
  return apiRequest<MessagingSettings>('GET', `${v1}/messaging-settings`);
}

export function saveMessagingSettings(settings: MessagingSettings): Promise<unknown> {
  return apiRequest<unknown>('PUT', `${v1}/messaging-settings`, { body: settings });
}

/**
 * The audiences one can send to, or null when this installation has no audiences (yet): the
 * send screen then offers only clients.
 */
export async function listAudienceChoices(): Promise<AudienceChoice[] | null> {
  try {
    const { audiences } = await apiRequest<{ audiences: AudienceChoice[] }>('GET', `${v1}/audiences`);
    return audiences;
  } catch (error) {
    if (isProblem(error, 404)) return null;
    throw error;
  }
}
