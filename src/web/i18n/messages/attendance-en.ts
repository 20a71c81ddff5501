import type { Messages } from './messages';

/** English: schedules and the register. */
export const attendanceEn: Messages['attendance'] = {
  title: 'Register',
  intro: 'Who is expected on a day at the work-learning centre or an employer, and how they attended. Save each client on their own.',
  filter: {
    label: 'Choose day and location',
    day: 'Day',
    location: 'Location',
    locationDescription: 'Leave empty for all locations.',
    submit: 'Show',
    errors: {
      dayRequired: 'Choose a day.',
    },
  },
  register: {
    title: 'Expected on {{date}}',
    titleAt: 'Expected on {{date}} at {{location}}',
    none: 'Nobody is expected on this day.',
    count_one: '{{count}} client expected.',
    count_other: '{{count}} clients expected.',
  },
  statuses: {
    present: 'Present',
    sick: 'Sick',
    leave: 'Leave',
    absent_with_notice: 'Absent with notice',
    absent_without_notice: 'Absent without notice',
  },
  entry: {
    expected: '{{location}}, {{from}}–{{to}}',
    status: 'Attendance of {{name}}',
    checkIn: 'Arrived at',
    checkOut: 'Left at',
    note: 'Note',
    save: 'Save',
    saveFor: ' ({{name}})',
    saved: 'The attendance of {{name}} has been saved.',
    errors: {
      statusRequired: 'Choose how the client attended.',
      outBeforeIn: 'The time of leaving is before the time of arriving.',
    },
  },
  weekdays: {
    '1': 'Monday',
    '2': 'Tuesday',
    '3': 'Wednesday',
    '4': 'Thursday',
    '5': 'Friday',
    '6': 'Saturday',
    '7': 'Sunday',
  },
  schedule: {
    none: 'No schedule has been recorded.',
    recordedOn: '(recorded on {{date}})',
    until: '(up to and including {{date}})',
    registerHint: 'Times and attendance per day are on the register.',
    new: {
      title: 'Record a schedule',
      submit: 'Save schedule',
      recorded: 'The schedule has been recorded.',
    },
    fields: {
      location: 'Location',
      locationDescription: 'A work-learning centre or an employer.',
      weekdays: 'Days',
      startsAt: 'Start time',
      endsAt: 'End time',
      validFrom: 'Applies from',
      validTo: 'Applies up to and including',
    },
    errors: {
      locationRequired: 'Enter the location.',
      weekdaysRequired: 'Choose at least one day.',
      startRequired: 'Enter the start time.',
      endRequired: 'Enter the end time.',
      endBeforeStart: 'The end time is before or at the start time.',
      fromRequired: 'Enter the date from which the schedule applies.',
    },
  },
};
