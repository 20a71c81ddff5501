import { SMTPServer } from 'smtp-server'

/**
 * A local SMTP server for the email benchmark, in its own process so that it does not share
 * the event loop with what is measured. Prints its port, then counts what it accepts; prints
 * the count on every line it reads from stdin.
 */
let accepted = 0
const server = new SMTPServer({
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  size: 1024 * 1024,
  onData(stream, _session, callback) {
    stream.on('data', () => undefined)
    stream.on('end', () => {
      accepted += 1
      callback()
    })
  },
})
server.listen(0, '127.0.0.1', () => {
  const address = server.server.address()
  console.log(typeof address === 'object' && address ? address.port : 0)
})
process.stdin.on('data', () => console.log(accepted))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
