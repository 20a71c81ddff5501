import WebSocket from 'ws'

/** A chat WebSocket as a browser opens it: with its cookies and this server's origin; events are kept in order. */
export class ChatSocket {
  readonly events: Record<string, unknown>[] = []
  private waiters: { match: (e: Record<string, unknown>) => boolean; resolve: (e: Record<string, unknown>) => void; reject: (error: Error) => void }[] = []
  closeCode: number | null = null

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const event = JSON.parse(String(data)) as Record<string, unknown>
      this.events.push(event)
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(event)) return true
        w.resolve(event)
        return false
      })
    })
    socket.on('close', (code) => {
      this.closeCode = code
      for (const w of this.waiters) w.reject(new Error(`socket closed (${code}) while waiting`))
      this.waiters = []
    })
  }

  static async open(base: string, path: string, cookie: string, origin = base): Promise<ChatSocket> {
    const socket = new WebSocket(base.replace(/^http/, 'ws') + path, { headers: { cookie, origin } })
    const chat = new ChatSocket(socket)
    await chat.next((e) => e.type === 'ready', 'ready')
    return chat
  }

  /** Opens a socket that the server is expected to refuse; resolves with the HTTP status or close code. */
  static refused(base: string, path: string, cookie: string, origin = base): Promise<{ status?: number; closeCode?: number }> {
    return new Promise((resolve) => {
      const socket = new WebSocket(base.replace(/^http/, 'ws') + path, { headers: { cookie, origin } })
      socket.on('unexpected-response', (_request, response) => {
        resolve({ status: response.statusCode })
        socket.terminate()
      })
      socket.on('close', (code) => resolve({ closeCode: code }))
      socket.on('error', () => undefined)
    })
  }

  send(command: Record<string, unknown>): void {
    this.socket.send(JSON.stringify(command))
  }

  /** The first event (already received or still to come) that matches. */
  next(match: (e: Record<string, unknown>) => boolean, what: string, timeoutMs = 5000): Promise<Record<string, unknown>> {
    const seen = this.events.find(match)
    if (seen) {
      this.events.splice(this.events.indexOf(seen), 1)
      return Promise.resolve(seen)
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} within ${timeoutMs} ms; got ${JSON.stringify(this.events)}`)), timeoutMs)
      this.waiters.push({
        match,
        resolve: (e) => {
          clearTimeout(timer)
          this.events.splice(this.events.indexOf(e), 1)
          resolve(e)
        },
        reject: (error) => {
          clearTimeout(timer)
          reject(error)
        },
      })
    })
  }

  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve()
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve())
      this.socket.close()
    })
  }
}
