-- A name search over a whole organisation (a manager's) through the trigram index.
--
-- Row-level security evaluates its tenant filter before any condition that is not leakproof, and
-- pg_trgm's similarity operators are not: under the application role the trigram index on
-- search_name cannot be used, and every client of the organisation is compared. This function
-- runs as the owner (no row-level security) with the tenant filter written out, so the index
-- finds the candidates; it returns only ids of the current organisation's clients, the closest
-- names first, and the search then reads them under row-level security as before.
--
-- First the names that have each of the `words` (the caller leaves out particles such as "van
-- den", which nearly every other name has too); only when those are fewer than wanted, also the
-- names like the whole `query` despite typos, which costs far more in a large organisation. Both
-- are ordered by their likeness to the whole query. The first statement is built per call so
-- that each word is a condition of its own, which the index can combine, and planned with the
-- actual words. The similarity thresholds are the caller's (pg_trgm.*_threshold, set in its
-- transaction).
CREATE FUNCTION koers_client_name_candidates(query text, words text[], wanted integer) RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  every_word text;
  found integer := 0;
BEGIN
  IF cardinality(words) > 0 THEN
    SELECT string_agg(format('$2[%s] <%% c.search_name', i), ' AND ') INTO every_word
      FROM generate_subscripts(words, 1) AS i WHERE i <= 6;
    RETURN QUERY EXECUTE format(
      'SELECT c.id FROM clients c
        WHERE c.tenant_id = koers_current_tenant() AND %s
        ORDER BY word_similarity($1, c.search_name) + similarity($1, c.search_name) DESC, c.surname
        LIMIT $3', every_word)
      USING query, words, wanted;
    GET DIAGNOSTICS found = ROW_COUNT;
  END IF;
  IF found < wanted THEN
    RETURN QUERY
      SELECT c.id FROM clients c
       WHERE c.tenant_id = koers_current_tenant() AND (query <% c.search_name OR query % c.search_name)
       ORDER BY word_similarity(query, c.search_name) + similarity(query, c.search_name) DESC, c.surname
       LIMIT wanted;
  END IF;
END $$;

REVOKE ALL ON FUNCTION koers_client_name_candidates(text, text[], integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION koers_client_name_candidates(text, text[], integer) TO koers_app;
