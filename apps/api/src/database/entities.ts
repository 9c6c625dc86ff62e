import { RateLimitHit } from '../auth/rate-limit-hit.entity';
import { PasswordResetToken } from '../auth/password-reset-token.entity';
import { OutboxMail } from '../mail/outbox-mail.entity';
import { Organisation } from '../territories/organisation.entity';
import { Territory } from '../territories/territory.entity';
import { User } from '../users/user.entity';

/** Every entity of the app: the data source and the migration drift check use this list. */
export const ENTITIES = [Territory, Organisation, User, RateLimitHit, PasswordResetToken, OutboxMail];
