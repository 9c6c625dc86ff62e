// An invitation link opened before logging in is remembered for the browser session, so that the
// holder finds it again on their home page after logging in or signing up.
const STORAGE_KEY = 'essaim.pendingInvitation';

export function rememberInvitation(token: string): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, token);
  } catch {
    // Storage disabled: the `next` address of the login page still brings the holder back.
  }
}

export function pendingInvitation(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function forgetInvitation(): void {
  try {
    window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored.
  }
}
