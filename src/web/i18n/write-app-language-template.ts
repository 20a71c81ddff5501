/// <reference types="node" />
/**
 * Writes the client app's Dutch texts to src/common/appLanguageTemplate.ts, where the server
 * reads them to hand out the translation template and to check a translation's keys and
 * placeholders. A test fails when the file and the Dutch texts differ.
 *
 * Run after changing a client text: npx tsx src/web/i18n/write-app-language-template.ts
 */
import { writeFileSync } from 'node:fs';
import { clientTextsToTranslate } from '../client/client-texts-template';

const target = new URL('../../common/appLanguageTemplate.ts', import.meta.url);
const body = JSON.stringify(clientTextsToTranslate(), null, 2);
writeFileSync(
  target,
  `// Written by src/web/i18n/write-app-language-template.ts from the client app's Dutch texts; do not edit.\n\n` +
    `/** The client app's Dutch texts by dotted key: what an organisation translates into a language of its own. */\n` +
    `export const appLanguageTemplate: Readonly<Record<string, string>> = ${body}\n`,
);
