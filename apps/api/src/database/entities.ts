import { AuditEntry } from '../audit/audit-entry.entity';
import { CaseCounter } from '../cases/case-counter.entity';
import { CaseEvent } from '../cases/case-event.entity';
import { CaseFile } from '../cases/case-file.entity';
import { CaseFollower } from '../cases/case-follower.entity';
import { CaseDocument, CaseDocumentVersion } from '../cases/case-document.entity';
import { CaseMessage, CaseThreadRead } from '../cases/case-message.entity';
import { CaseNote, CaseNoteRevision } from '../cases/case-note.entity';
import { CaseTask } from '../cases/case-task.entity';
import { Orientation } from '../cases/orientation.entity';
import { SavedFilter } from '../cases/saved-filter.entity';
import { StaffInvitation } from '../staff/staff-invitation.entity';
import { Diagnostic } from '../diagnostics/diagnostic.entity';
import { Offer } from '../directory/offer.entity';
import { ProjectInvitation } from '../projects/project-invitation.entity';
import { ProjectMember } from '../projects/project-member.entity';
import { Project } from '../projects/project.entity';
import { QuestionnaireDraft } from '../questionnaires/questionnaire-draft.entity';
import { QuestionnaireVersion } from '../questionnaires/questionnaire-version.entity';
import { Commune } from '../territories/commune.entity';
import { RateLimitHit } from '../auth/rate-limit-hit.entity';
import { EmailConfirmationToken } from '../auth/email-confirmation-token.entity';
import { PasswordResetToken } from '../auth/password-reset-token.entity';
import { OutboxMail } from '../mail/outbox-mail.entity';
import { Organisation } from '../territories/organisation.entity';
import { Territory } from '../territories/territory.entity';
import { FundingCriterion } from '../referrals/funding-criterion.entity';
import { ReferralDisbursement } from '../referrals/referral-disbursement.entity';
import { ReferralDocument } from '../referrals/referral-document.entity';
import { ReferralExchange } from '../referrals/referral-exchange.entity';
import { ReferralReview } from '../referrals/referral-review.entity';
import { Referral } from '../referrals/referral.entity';
import { NotificationPreference } from '../notifications/notification-preference.entity';
import { Notification } from '../notifications/notification.entity';
import { User } from '../users/user.entity';

/** Every entity of the app: the data source and the migration drift check use this list. */
export const ENTITIES = [
  Territory,
  Organisation,
  User,
  RateLimitHit,
  PasswordResetToken,
  EmailConfirmationToken,
  OutboxMail,
  Commune,
  Offer,
  Project,
  ProjectMember,
  ProjectInvitation,
  QuestionnaireDraft,
  QuestionnaireVersion,
  Diagnostic,
  CaseFile,
  CaseCounter,
  CaseEvent,
  CaseFollower,
  CaseNote,
  CaseNoteRevision,
  CaseTask,
  CaseMessage,
  CaseThreadRead,
  CaseDocument,
  CaseDocumentVersion,
  Orientation,
  FundingCriterion,
  Referral,
  ReferralExchange,
  ReferralDocument,
  ReferralReview,
  ReferralDisbursement,
  Notification,
  NotificationPreference,
  SavedFilter,
  StaffInvitation,
  AuditEntry,
];
