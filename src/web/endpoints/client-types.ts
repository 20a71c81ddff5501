/**
 * Shapes of the client insight API, taken from the contract the server validates with
 * (src/common/api/clients.ts), so the two cannot drift apart.
 */
import type { Static } from '@sinclair/typebox';
import type * as Api from '../../common/api/clients';
import type { Coach as CoachSchema } from '../../common/api/users';

export type ClientPage = Static<typeof Api.ClientPage>;
export type ClientDetails = Static<typeof Api.ClientDetails>;
export type ClientName = Static<typeof Api.ClientName>;
export type Assignment = Static<typeof Api.Assignment>;
export type ClientStatus = Static<typeof Api.ClientStatus>;
export type SegmentScore = Static<typeof Api.SegmentScore>;
export type Diagnosis = Static<typeof Api.Diagnosis>;
export type DevelopmentCard = Static<typeof Api.DevelopmentCard>;
export type ProfileEntry = Static<typeof Api.ProfileEntry>;
export type ProfileValueType = Static<typeof Api.ProfileValueType>;
export type Intervention = Static<typeof Api.Intervention>;
export type InterventionStatus = Static<typeof Api.InterventionStatus>;
export type InterventionOutcome = Static<typeof Api.InterventionOutcome>;
export type Plan = Static<typeof Api.Plan>;
export type PlanGoal = Static<typeof Api.PlanGoal>;
export type PlanStep = Static<typeof Api.PlanStep>;
export type Note = Static<typeof Api.Note>;
export type TimelineEntry = Static<typeof Api.TimelineEntry>;
export type SuggestedAction = Static<typeof Api.SuggestedAction>;
export type PhaseCode = Static<typeof Api.PhaseCode>;
export type StatusKind = Static<typeof Api.StatusKind>;
export type Channel = Static<typeof Api.Channel>;

export type ClientSearchResult = Static<typeof Api.ClientSearchResult>;
export type ClientSearchResults = Static<typeof Api.ClientSearchResults>;

export type NewClient = Static<typeof Api.NewClient>;
export type ContactChange = Static<typeof Api.ContactChange>;
export type AssignmentChange = Static<typeof Api.AssignmentChange>;
export type NewStatus = Static<typeof Api.NewStatus>;
export type NewIntervention = Static<typeof Api.NewIntervention>;
export type InterventionChange = Static<typeof Api.InterventionChange>;
export type NewSegmentScore = Static<typeof Api.NewSegmentScore>;
export type NewCompetenceAssessment = Static<typeof Api.NewCompetenceAssessment>;
export type NewDiagnosis = Static<typeof Api.NewDiagnosis>;
export type ProfileValue = NonNullable<ProfileEntry['value']>;
export type PlanChange = Static<typeof Api.PlanChange>;
export type NewGoal = Static<typeof Api.NewGoal>;
export type GoalChange = Static<typeof Api.GoalChange>;
export type NewStep = Static<typeof Api.NewStep>;
export type StepChange = Static<typeof Api.StepChange>;

export type ClientSettings = Static<typeof Api.ClientSettings>;
export type StatusTypeConfig = Static<typeof Api.StatusTypeConfig>;
export type ProfileCriterionConfig = Static<typeof Api.ProfileCriterionConfig>;
export type SegmentScaleConfig = Static<typeof Api.SegmentScaleConfig>;
export type CompetenceConfig = Static<typeof Api.CompetenceConfig>;
export type InterventionTypeConfig = Static<typeof Api.InterventionTypeConfig>;

export type Coach = Static<typeof CoachSchema>;
