-- The request register's words (RegisterWords): each pair of adjacent characters of a request's applicant
-- name and title, and the last character of each, lower-cased. A search for part of a name or title reads
-- the postings of its pairs by (word, request_id) instead of scanning every request of every year.
-- Filled for the requests already stored by the Java migration V341 (BackfillRegisterWords).
-- Stored in the order it is read, (word, request_id), as its primary key: no second index beside it. Words
-- that the collation makes equal (a pair ending in a space and the character alone, 'a' and 'á') are
-- written once (insert ignore). No foreign key: it would need an index of its own on request_id, and the
-- words are written with their request in one transaction and never apart from it.
create table request_word (
	word       varchar(2)  not null,
	request_id bigint      not null,
	primary key (word, request_id)
) engine=InnoDB default charset=utf8mb4;

-- The register's filters in its order (received_on desc, id desc): a page of one status or one department
-- reads its own run of the index from the end instead of walking every request received after the ones
-- it shows (all of a day's new requests, none of which is archived, before the first archived one).
create index ix_disclosure_request_status_register on disclosure_request (status, received_on, id);
create index ix_disclosure_request_department_register on disclosure_request (department_code, received_on, id);
-- Overdue (open, not paused, due before today): the open statuses' unpaused requests by due date, so that
-- the day's many open requests that are not yet due are not read to find the few that are.
create index ix_disclosure_request_overdue on disclosure_request (status, paused_since, reply_due_on);
