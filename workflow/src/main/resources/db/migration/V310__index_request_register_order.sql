-- The request register lists the requests received newest first (received_on desc, id desc): with this
-- index the database reads a page from its end instead of sorting every request of the years it holds.
create index ix_disclosure_request_register on disclosure_request (received_on, id);
