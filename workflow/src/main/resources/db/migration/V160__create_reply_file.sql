-- The information a reply provides (答复随附信息): files the handler uploads (kept as PDF, so they can be
-- counted in pages and redacted) or catalogue items it links to (not copied). A redacted file (区分处理,
-- art. 37) keeps its original beside the redacted PDF; only the redacted one ever leaves the case's staff.
-- The secrecy review (保密审查) approves each file; a change to the files voids the approvals.
create table reply_file (
	id                  bigint        not null auto_increment primary key,
	request_id          bigint        not null,
	kind                varchar(20)   not null,
	file_name           varchar(255)  not null,
	content_type        varchar(100),
	size_bytes          bigint,
	page_count          int,
	content             longblob,
	item_id             bigint,
	item_index_no       varchar(100),
	disclosure          varchar(10)   not null,
	redacted_content    longblob,
	redacted_page_count int,
	redaction_marks     longtext,
	redacted_at         datetime(6),
	redacted_by         varchar(100),
	secrecy_approved_by varchar(100),
	secrecy_approved_at datetime(6),
	added_by            varchar(100)  not null,
	added_at            datetime(6)   not null,
	constraint fk_reply_file_request foreign key (request_id) references disclosure_request (id),
	constraint fk_reply_file_item foreign key (item_id) references catalogue_item (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_reply_file_request on reply_file (request_id);
