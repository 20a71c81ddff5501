/**
 * Shapes of the messaging API, taken from the contract the server validates with
 * (src/common/api/messaging.ts), so the two cannot drift apart.
 */
import type { Static } from '@sinclair/typebox';
import type * as Api from '../../../common/api/messaging';

export type MessageCategory = Static<typeof Api.MessageCategory>;
export type Channel = Static<typeof Api.Channel>;
export type TemplateText = Static<typeof Api.TemplateText>;
export type TemplateInput = Static<typeof Api.TemplateInput>;
export type TemplateWarning = Static<typeof Api.TemplateWarning>;
export type TemplateSaved = Static<typeof Api.TemplateSaved>;
export type TemplateSummary = Static<typeof Api.TemplateSummary>;
export type TemplateList = Static<typeof Api.TemplateList>;
export type Template = Static<typeof Api.Template>;
export type TemplateVariable = Template['variables'][number];
export type PreviewRequest = Static<typeof Api.PreviewRequest>;
export type Preview = Static<typeof Api.Preview>;
export type SmsCount = Static<typeof Api.SmsCount>;
export type SendTarget = Static<typeof Api.SendTarget>;
export type EstimateRequest = Static<typeof Api.EstimateRequest>;
export type SendEstimate = Static<typeof Api.SendEstimate>;
export type NewSend = Static<typeof Api.NewSend>;
export type SendStatus = Static<typeof Api.SendStatus>;
export type SendCounts = Static<typeof Api.SendCounts>;
export type SendSummary = Static<typeof Api.SendSummary>;
export type SendCreated = Static<typeof Api.SendCreated>;
export type SendList = Static<typeof Api.SendList>;
export type SendReport = Static<typeof Api.SendReport>;
export type OutboxMessage = Static<typeof Api.OutboxMessage>;
export type OutboxQuery = Static<typeof Api.OutboxQuery>;
export type OutboxPage = Static<typeof Api.OutboxPage>;
export type MessagingPreferences = Static<typeof Api.MessagingPreferences>;
export type MessagingPreferencesView = Static<typeof Api.MessagingPreferencesView>;
export type MessagingPreferencesChange = Static<typeof Api.MessagingPreferencesChange>;
export type OptionalCategory = Static<typeof Api.OptionalCategory>;
export type MessagingSettings = Static<typeof Api.MessagingSettings>;

export const categories: readonly MessageCategory[] = ['service', 'news', 'vacancy', 'event'];
export const optionalCategories: readonly OptionalCategory[] = ['news', 'vacancy', 'event'];
export const channels: readonly Channel[] = ['app', 'push', 'sms', 'email'];
export const outboxStatuses = ['queued', 'sending', 'sent', 'delivered', 'failed', 'suppressed', 'dead'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/** An audience as the send screen lists it; the audiences API is built separately. */
export interface AudienceChoice {
  id: string;
  name: string;
  memberCount?: number;
}
