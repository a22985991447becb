// localStorage can be missing or throw (private browsing, storage disabled, quota): the app must
// work without it, only forgetting preferences.
export function readStored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    // Preferences are a convenience; losing one is not an error worth showing.
  }
}
