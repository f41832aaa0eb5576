-- After the reply (SPEC §2.5): how and when the reply letter reached the applicant, and when the
-- case was archived (art. 45: 登记、审核、办理、答复、归档).
alter table disclosure_request add column reply_delivery varchar(20);
alter table disclosure_request add column reply_tracking_no varchar(100);
alter table disclosure_request add column reply_delivered_on date;
alter table disclosure_request add column archived_at datetime(6);
-- Art. 32: a third party's reasoned objection, and why the agency discloses nonetheless.
alter table disclosure_request add column third_party_objection varchar(1000);
alter table disclosure_request add column public_interest_reason varchar(1000);
-- Art. 44: the catalogue item the request's information was moved into (visibility PUBLIC once published).
alter table disclosure_request add column public_item_id bigint;
-- The reason a notice gives besides its content (the public interest of a decision to disclose).
alter table request_notice add column reason varchar(1000);
