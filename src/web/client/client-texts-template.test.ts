import { describe, expect, it } from 'vitest';
import { appLanguageTemplate } from '../../common/appLanguageTemplate';
import { clientMessagesNl } from './client-messages';
import { clientTextsToTranslate, flattenTexts } from './client-texts-template';

/**
 * The server hands out and checks translations against a copy of the client app's Dutch texts
 * (src/common/appLanguageTemplate.ts). When a client text changes, the copy must follow:
 * npx tsx src/web/i18n/write-app-language-template.ts
 */
describe("the template an organisation translates its own language from", () => {
  it('holds every Dutch text of the client app, except the parts only staff read, word for word', () => {
    const dutch = new Map(flattenTexts(clientMessagesNl));
    const template = new Map(Object.entries(appLanguageTemplate));
    const staffOnly = [...dutch.keys()].filter((key) => !template.has(key));
    expect(staffOnly.length).toBeGreaterThan(0);
    expect(staffOnly.filter((key) => !/^(clientApp\.coach|clientRecord\.staff|clientSelfService\.staff)\./.test(key))).toEqual([]);
    expect([...template.keys()].filter((key) => dutch.get(key) !== template.get(key))).toEqual([]);
    expect(appLanguageTemplate).toEqual(clientTextsToTranslate());
    expect(template.size).toBeGreaterThan(300);
  });
});
