/** The real-time topics of the chat: one per conversation (client), one per staff member's inbox. */
export const conversationTopic = (tenantId: string, clientId: string) => `chat:client:${tenantId}:${clientId}`
export const inboxTopic = (tenantId: string, userId: string) => `chat:staff:${tenantId}:${userId}`

/**
 * The client devices with the app open on this server instance, per client: a chat message to a
 * client who has none gets a push notification. (With several instances a client connected to
 * another one may get a push too many; never one too few.)
 */
const openApps = new Map<string, number>()
const key = (tenantId: string, clientId: string) => `${tenantId}:${clientId}`

export function appOpened(tenantId: string, clientId: string): () => void {
  openApps.set(key(tenantId, clientId), (openApps.get(key(tenantId, clientId)) ?? 0) + 1)
  let closed = false
  return () => {
    if (closed) return
    closed = true
    const left = (openApps.get(key(tenantId, clientId)) ?? 1) - 1
    if (left <= 0) openApps.delete(key(tenantId, clientId))
    else openApps.set(key(tenantId, clientId), left)
  }
}

export const appIsOpen = (tenantId: string, clientId: string): boolean => (openApps.get(key(tenantId, clientId)) ?? 0) > 0

/** Told when a device signs out or is revoked, so its open socket ends. */
export const deviceTopic = (tenantId: string, deviceId: string) => `chat:device:${tenantId}:${deviceId}`
