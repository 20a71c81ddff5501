import { Slug } from '../../common/api/shared.js'

const slugPattern = new RegExp(Slug.pattern ?? '^$')
const slugMaxLength = Slug.maxLength ?? 63

const preload = (href: string) => `<link rel="preload" as="fetch" crossorigin href="${href}">`

/**
 * The client app's page, with preload hints for the API answers its first screen waits for: the
 * device's session; and, for the organisation in the coach's link (`/app/?organisation=…`), its
 * house style (which also says whether that organisation exists) and the languages it added to
 * the app's language switch. The browser asks for them while it still downloads the scripts,
 * instead of a round trip after them: about 0.6 s of a first load over a slow mobile connection.
 * The app's own requests take these answers.
 *
 * The hints come last in the head: over HTTP/1.1 (six connections per host) they then wait for
 * a free connection instead of holding up the scripts. `crossorigin` gives them the credentials
 * mode of the app's same-origin fetches, which they must share to be used.
 */
export function clientAppPage(template: string, url: string): string {
  const hints = [preload('/api/v1/me/session')]
  const organisation = new URL(url, 'http://localhost').searchParams.get('organisation')?.trim()
  if (organisation !== undefined && organisation.length <= slugMaxLength && slugPattern.test(organisation)) {
    hints.push(preload(`/api/v1/organisations/${organisation}/house-style`), preload(`/api/v1/organisations/${organisation}/app-languages`))
  }
  return template.replace('</head>', `  ${hints.join('\n    ')}\n  </head>`)
}
