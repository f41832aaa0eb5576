-- The search outbox joins the one outbox mechanism (workflow/outbox) the mail outbox already used: a node
-- claims its rows while it talks to Elasticsearch, and the delivery state has the same columns in every
-- outbox table (a search row is deleted once applied, so its delivered_at stays null).
alter table search_outbox add column claimed_until datetime(6);
alter table search_outbox add column delivered_at datetime(6);
