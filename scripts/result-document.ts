/** The result file's format lives with the engine (workers/engine/result-document.ts), shared with the app. */
export * from '../workers/engine/result-document';
