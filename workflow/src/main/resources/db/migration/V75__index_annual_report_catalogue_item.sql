-- The annual report follows the review of the catalogue item that carries it (submitted → returned or
-- published): each review step finds the report by its item.
create index ix_annual_report_catalogue_item on annual_report (catalogue_item_id);
