import type { TFunction } from 'i18next';
import type { ClientPage, TimelineEntry } from '../../../endpoints/client-types';
import { formatDate } from '../../../i18n/format';
import { localLabel } from '../../../i18n/labels';
import { count, excerpt, list, nested, text, type EntryData } from './timeline-data';
import { selfServiceSentence } from '../../attendance/self-service-timeline';

interface Context {
  page: ClientPage;
  t: TFunction;
  language: string;
}

const date = (value: string | null): string => (value === null ? '—' : formatDate(value));

function statusName({ page, language }: Context, data: EntryData): string {
  const id = text(data, 'statusId');
  const code = text(data, 'statusCode');
  const status = page.statuses.history.find((s) => s.id === id) ?? page.statuses.history.find((s) => s.statusCode === code);
  return status === undefined ? (code ?? '—') : localLabel(status, language);
}

function interventionName({ page, language }: Context, data: EntryData): string {
  const id = text(data, 'interventionId');
  const code = text(data, 'typeCode');
  const found = page.interventions.find((i) => i.id === id) ?? page.interventions.find((i) => i.typeCode === code);
  return found === undefined ? (code ?? '—') : localLabel(found, language);
}

function personName({ page, t }: Context, id: string | null): string {
  if (id === null) return t('clientPage.timeline.nobody');
  const coach = page.assignmentHistory.find((a) => a.coach?.id === id)?.coach;
  return coach?.displayName ?? t('clientPage.timeline.someone');
}

function teamName({ page, t }: Context, id: string | null): string {
  if (id === null) return t('clientPage.timeline.noTeam');
  return page.assignmentHistory.find((a) => a.team?.id === id)?.team?.name ?? t('clientPage.timeline.someTeam');
}

function fieldNames({ t, language }: Context, fields: string[]): string {
  const known = new Set(['street', 'houseNumber', 'postcode', 'city', 'phone', 'email', 'preferredLanguage', 'preferredChannel', 'outflowDate', 'outflowReason', 'firstNames', 'initials', 'tussenvoegsel', 'surname', 'dateOfBirth', 'bsn', 'intakeDate']);
  const names = fields.map((field) => (known.has(field) ? t(`clients.fields.${field as 'street'}`) : field));
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(names);
}

/**
 * One line of the timeline as a sentence: who did what, from the entry's kind and data, for
 * example "Jan de Vries legde een status vast: Uitkering vanaf 01-04-2026". Kinds Koers does
 * not know get a general sentence.
 */
export function timelineSentence(entry: TimelineEntry, context: Context): string {
  const { page, t } = context;
  const actor = entry.actor?.displayName ?? t('clientPage.system');
  const data = entry.data;
  switch (entry.kind) {
    case 'client.created': {
      const source = text(data, 'source');
      return source === null
        ? t('clientPage.timeline.clientCreated', { actor, clientNumber: text(data, 'clientNumber') ?? page.client.clientNumber })
        : t('clientPage.timeline.clientImported', { actor, clientNumber: text(data, 'clientNumber') ?? page.client.clientNumber, source });
    }
    case 'client.details-changed':
      return t('clientPage.timeline.detailsChanged', { actor, fields: fieldNames(context, list(data, 'fields')) });
    case 'assignment.changed': {
      const coachId = text(data, 'coachId');
      const reason = text(data, 'reason');
      const sentence =
        coachId === null
          ? t('clientPage.timeline.assignedTeam', { actor, team: teamName(context, text(data, 'teamId')) })
          : t('clientPage.timeline.assigned', { actor, coach: personName(context, coachId), team: teamName(context, text(data, 'teamId')) });
      return reason === null ? sentence : t('clientPage.timeline.withReason', { sentence, reason });
    }
    case 'access.granted-with-reason':
      return t('clientPage.timeline.accessWithReason', { actor, reason: text(data, 'reason') ?? '—' });
    case 'status.started':
      return t('clientPage.timeline.statusStarted', { actor, status: statusName(context, data), date: date(text(data, 'validFrom')) });
    case 'status.ended':
      return t('clientPage.timeline.statusEnded', { actor, status: statusName(context, data), date: date(text(data, 'validTo')) });
    case 'note.added': {
      const note = page.notes.find((n) => n.id === text(data, 'noteId'));
      return note === undefined
        ? t('clientPage.timeline.noteAdded', { actor })
        : t('clientPage.timeline.noteAddedWithText', { actor, text: excerpt(note.body) });
    }
    case 'intervention.registered':
      return t('clientPage.timeline.interventionRegistered', { actor, intervention: interventionName(context, data), date: date(text(data, 'startDate')) });
    case 'intervention.changed': {
      const status = text(nested(data, 'to'), 'status');
      return t('clientPage.timeline.interventionChanged', {
        actor,
        intervention: interventionName(context, data),
        status: status === null ? '—' : t(`clientPage.interventions.status.${status as 'active'}`, { defaultValue: status }),
      });
    }
    case 'diagnosis.recorded':
      return t('clientPage.timeline.diagnosisRecorded', { actor, date: date(text(data, 'assessedOn')) });
    case 'development-card.assessed':
      return t('clientPage.timeline.developmentAssessed', { actor, count: count(data, 'competences') ?? 0, date: date(text(data, 'assessedOn')) });
    case 'segment.scored': {
      const scale = page.segments.find((s) => s.scaleCode === text(data, 'scaleCode'));
      return t('clientPage.timeline.segmentScored', {
        actor,
        scale: scale === undefined ? (text(data, 'scaleCode') ?? '—') : localLabel(scale, context.language),
        value: count(data, 'value') ?? '—',
        date: date(text(data, 'assessedOn')),
      });
    }
    case 'profile.changed':
    case 'profile.cleared': {
      const criterion = page.profile.find((p) => p.code === text(data, 'criterionCode'));
      const name = criterion === undefined ? (text(data, 'criterionCode') ?? '—') : localLabel(criterion, context.language);
      return entry.kind === 'profile.changed'
        ? t('clientPage.timeline.profileChanged', { actor, criterion: name })
        : t('clientPage.timeline.profileCleared', { actor, criterion: name });
    }
    case 'plan.changed':
      return t('clientPage.timeline.planChanged', { actor, agreedOn: date(text(data, 'agreedOn')), reviewOn: date(text(data, 'reviewOn')) });
    case 'plan.goal-added':
    case 'plan.goal-changed': {
      const goal = page.plan.goals.find((g) => g.id === text(data, 'goalId'));
      const description = goal === undefined ? t('clientPage.timeline.aGoal') : `“${excerpt(goal.description)}”`;
      return entry.kind === 'plan.goal-added'
        ? t('clientPage.timeline.goalAdded', { actor, goal: description })
        : t('clientPage.timeline.goalChanged', { actor, goal: description, status: t(`clientPage.plan.goalStatus.${(text(data, 'to') ?? 'open') as 'open'}`, { defaultValue: text(data, 'to') ?? '' }) });
    }
    case 'plan.step-added':
    case 'plan.step-changed': {
      const step = page.plan.steps.find((s) => s.id === text(data, 'stepId'));
      const description = step === undefined ? t('clientPage.timeline.aStep') : `“${excerpt(step.description)}”`;
      return entry.kind === 'plan.step-added'
        ? t('clientPage.timeline.stepAdded', { actor, step: description })
        : t('clientPage.timeline.stepChanged', { actor, step: description, status: t(`clientPage.plan.stepStatus.${(text(data, 'to') ?? 'open') as 'open'}`, { defaultValue: text(data, 'to') ?? '' }) });
    }
    case 'contact.registered':
      return t('clientPage.timeline.contactRegistered', { actor, channel: t(`clientPage.timeline.contactChannel.${(text(data, 'channel') ?? 'other') as 'other'}`, { defaultValue: text(data, 'channel') ?? '' }), date: date(text(data, 'contactedAt')) });
    case 'signal.snoozed':
      return t('clientPage.timeline.signalSnoozed', { actor, signal: text(data, 'signalCode') ?? '—', until: date(text(data, 'until')), reason: text(data, 'reason') ?? '' });
    case 'attendance.scheduled':
      return t('clientPage.timeline.attendanceScheduled', { actor, location: text(data, 'location') ?? '—' });
    case 'attendance.schedule-ended':
      return t('clientPage.timeline.attendanceScheduleEnded', { actor, date: date(text(data, 'validTo')) });
    case 'attendance.recorded':
      return t('clientPage.timeline.attendanceRecorded', { actor, date: date(text(data, 'day')), status: t(`clientPage.timeline.attendanceStatus.${(text(data, 'status') ?? 'present') as 'present'}`, { defaultValue: text(data, 'status') ?? '' }) });
    case 'message.sent': {
      const channels = list(data, 'channels').map((channel) => t(`clientPage.timeline.messageChannel.${channel as 'app'}`, { defaultValue: channel }));
      return t('clientPage.timeline.messageSent', { actor, title: text(data, 'title') ?? text(data, 'templateName') ?? '—', channels: new Intl.ListFormat(context.language, { type: 'disjunction' }).format(channels) });
    }
    case 'message.not-reached':
      return t('clientPage.timeline.messageNotReached', { actor, template: text(data, 'templateName') ?? '—', reason: t(`clientPage.timeline.notReachedReason.${(text(data, 'reason') ?? 'unreachable') as 'unreachable'}`, { defaultValue: text(data, 'reason') ?? '' }) });
    case 'messaging.preferences-changed':
      return t('clientPage.timeline.messagingPreferencesChanged', { actor, note: text(data, 'note') ?? '' });
    case 'messaging.unsubscribed':
      return t('clientPage.timeline.unsubscribed', { category: t(`clientPage.timeline.messageCategory.${(text(data, 'category') ?? 'news') as 'news'}`, { defaultValue: text(data, 'category') ?? '' }) });
    case 'client-addition.added':
      return list(data, 'fields').length === 0 ? t('clientRecord.staff.timeline.added') : t('clientRecord.staff.timeline.proposed', { fields: fieldNames(context, list(data, 'fields')) });
    case 'client-addition.accepted':
    case 'client-addition.rejected':
      return t(entry.kind === 'client-addition.accepted' ? 'clientRecord.staff.timeline.accepted' : 'clientRecord.staff.timeline.rejected', { actor, fields: fieldNames(context, list(data, 'fields')) });
    case 'client.reported-sick':
    case 'client.recovered':
    case 'leave.requested':
    case 'leave.decided':
    case 'leave.withdrawn':
    case 'attendance.schedule-changed':
      return selfServiceSentence(entry.kind, data, actor, t);
    default:
      return t('clientPage.timeline.unknown', { actor, kind: entry.kind });
  }
}
