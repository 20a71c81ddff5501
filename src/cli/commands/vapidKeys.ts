import { generateVapidKeys } from '../../server/modules/messaging/channels/webPush.js'

/** Prints a new VAPID key pair as environment lines, for Web Push to the client app. */
export function vapidKeysCommand(): void {
  const { publicKey, privateKey } = generateVapidKeys()
  console.log(`KOERS_VAPID_PUBLIC_KEY=${publicKey}`)
  console.log(`KOERS_VAPID_PRIVATE_KEY=${privateKey}`)
  console.log('# KOERS_VAPID_SUBJECT=mailto:beheer@example.nl  (where push services can reach the operator)')
}
