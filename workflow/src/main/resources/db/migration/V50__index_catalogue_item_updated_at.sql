-- The catalogue rebuild re-applies the items changed while it ran (updated_at >= its start).
create index ix_catalogue_item_updated on catalogue_item (updated_at);
