// Registers every domain of the catalog: the jest setup (tests import the core directly) and the Node
// scripts (bench, examples, screenshots) use all of it. Each bundle registers only its own domains
// (test/bundle/messages.test.ts checks which).
import { ALL_MESSAGES } from '../../src/core/i18n/allMessages';
import { registerMessages } from '../../src/core/i18n/catalog';

registerMessages(ALL_MESSAGES);
