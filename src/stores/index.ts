export * from './drafts';
export * from './notices';
export * from './progress';
export { createSafeStorage, useStorageBackend, type StorageBackend } from './storage-engine';
