import { isApiError } from '@essaim/api-client';
import type { TFunction } from 'i18next';

import { errorMessage } from '../../api/errors';

/** The file types the API accepts, for the file picker (the API checks the bytes anyway). */
export const ACCEPTED_FILES =
  '.pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.csv,.txt';

/** Why a file was not stored, and what to send instead. */
export function uploadErrorMessage(t: TFunction, error: unknown, fileName: string): string {
  if (isApiError(error)) {
    if (error.status === 415 || error.code === 'unsupported_media_type') {
      return t('casePage.upload.unsupported', { fileName });
    }
    if (error.status === 413 || error.code === 'payload_too_large') {
      return t('casePage.upload.tooLarge', { fileName });
    }
  }
  return t('casePage.upload.failed', { fileName, reason: errorMessage(t, error) });
}
