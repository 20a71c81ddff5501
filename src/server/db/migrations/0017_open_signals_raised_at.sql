-- "Mijn caseload" shows since when each open signal of the clients on the page holds. With
-- raised_at in the open-signal index, that comes from the index alone, as the signal codes of the
-- whole caseload already do, instead of from the table's pages (one or more per client, spread
-- over the table: read from disk when they are not in the cache).
CREATE UNIQUE INDEX client_signals_open_raised ON client_signals (tenant_id, client_id, signal_code) INCLUDE (raised_at)
  WHERE ended_at IS NULL;
DROP INDEX client_signals_open;
ALTER INDEX client_signals_open_raised RENAME TO client_signals_open;
