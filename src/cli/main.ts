import { Command, Option } from 'commander'
import { version } from '../server/packageInfo.js'
import { backupCommand, restoreCommand } from './commands/backup.js'
import { demoCodeCommand } from './commands/demoCode.js'
import { importCommand } from './commands/import.js'
import { migrateCommand } from './commands/migrate.js'
import { openApiCommand } from './commands/openapi.js'
import { seedCommand } from './commands/seed.js'
import { tenantCreateCommand } from './commands/tenant.js'
import { userCreateCommand } from './commands/user.js'
import { vapidKeysCommand } from './commands/vapidKeys.js'

const program = new Command()
program
  .name('koers')
  .description('Koers: insight-driven guidance to work. Reads the same environment as the server (DATABASE_URL, KOERS_DATA_DIR, …).')
  .version(version)

program.command('migrate').description('run the database migrations that have not run yet').action(migrateCommand)

program
  .command('seed')
  .description('create a demo organisation with staff in teams (every role) and clients, or the default demo organisations')
  .option('--organisation <slug>', 'slug of the new demo organisation (default: the built-in demo organisations)')
  .option('--name <name>', 'name of the new demo organisation')
  .addOption(new Option('--coaches <n>', 'number of coaches (default: about one per 150 clients, at least 6)').argParser((v) => Number(v)))
  .addOption(new Option('--clients <n>', 'number of clients with years of history; again on an existing demo organisation, adds the missing ones').default(0).argParser((v) => Number(v)))
  .addOption(new Option('--seed <n>', 'random seed, for the same data every time').default(1).argParser((v) => Number(v)))
  .action(seedCommand)

const tenant = program.command('tenant').description('organisations on this installation')
tenant
  .command('create')
  .description('create an organisation (then create its first admin with `koers user create`)')
  .requiredOption('--organisation <slug>', 'short name in lower case, e.g. werkplein-enschede')
  .requiredOption('--name <name>', 'the name people see')
  .action(tenantCreateCommand)

const user = program.command('user').description('staff users')
user
  .command('create')
  .description('create a staff user; prints a first password unless KOERS_NEW_USER_PASSWORD is set')
  .requiredOption('--organisation <slug>', 'the organisation')
  .requiredOption('--username <username>', 'sign-in name')
  .requiredOption('--name <displayName>', 'the name colleagues see')
  .addOption(
    new Option('--role <role...>', 'one or more roles')
      .choices(['coach', 'editor', 'account_manager', 'manager', 'admin'])
      .makeOptionMandatory(),
  )
  .option('--email <email>', 'email address')
  .action(userCreateCommand)

program
  .command('backup')
  .description('write a backup of the database to a file (embedded: stop the server first; PostgreSQL: uses pg_dump)')
  .argument('<file>', 'where to write the backup')
  .action(backupCommand)

program
  .command('restore')
  .description('replace the database with a backup (embedded: stop the server first; PostgreSQL: uses pg_restore)')
  .argument('<file>', 'the backup to restore')
  .action(restoreCommand)

program
  .command('demo-code')
  .description('print the current sign-in code of a demo user (demo organisations only)')
  .argument('<organisation>', 'slug of a demo organisation')
  .argument('<username>', 'a demo user')
  .action(demoCodeCommand)

program
  .command('import')
  .description('import clients, statuses, interventions or assignments from a CSV or XLSX file with a saved mapping')
  .argument('<file>', 'the file to import')
  .requiredOption('--organisation <slug>', 'the organisation')
  .requiredOption('--mapping <name>', 'the name of a saved import mapping')
  .option('--dry-run', 'report what would happen and change nothing')
  .action(importCommand)

program.command('openapi').description('print the OpenAPI document of the API').action(openApiCommand)

program
  .command('vapid-keys')
  .description('print a new VAPID key pair for Web Push (KOERS_VAPID_PUBLIC_KEY, KOERS_VAPID_PRIVATE_KEY)')
  .action(vapidKeysCommand)

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
