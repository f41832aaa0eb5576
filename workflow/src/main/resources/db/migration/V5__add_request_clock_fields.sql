-- Extension (art. 33 ¶2), consultation pauses (arts. 32–34) and fee notices (国办函〔2020〕109号).
alter table disclosure_request add column original_due_on date;
alter table disclosure_request add column extension_reason varchar(1000);
alter table disclosure_request add column extension_working_days int not null default 0;
alter table disclosure_request add column paused_since date;
alter table disclosure_request add column paused_working_days int not null default 0;
alter table disclosure_request add column fee_method varchar(20);
alter table disclosure_request add column fee_quantity int;
alter table disclosure_request add column fee_amount decimal(12, 2);
alter table disclosure_request add column fee_due_on date;
alter table disclosure_request add column fee_paid_on date;
