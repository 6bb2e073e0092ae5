import { extensionBuilt } from './build-once';

// the e2e project's setup file: the extension is built in the background (build-once.ts); a file starts once it is there
await extensionBuilt();
