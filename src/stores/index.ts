export * from './drafts';
export * from './notices';
export * from './progress';
export { createSafeStorage, swapStorageBackend, type StorageBackend } from './storage-engine';
