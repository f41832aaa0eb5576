-- The full metadata of SPEC §4.1 on catalogue items, the art. 26 publication deadline, corrections
-- (versions), withdrawal, 政策解读 links and items promoted from a disclosure request (art. 44).
alter table catalogue_item add column keywords varchar(500);
alter table catalogue_item add column disclosure_class varchar(20) not null default 'PROACTIVE';
alter table catalogue_item add column withholding_reason varchar(40);
alter table catalogue_item add column review_on date;
alter table catalogue_item add column effective_on date;
alter table catalogue_item add column repealed_on date;
alter table catalogue_item add column interprets_item_id bigint;
alter table catalogue_item add column publish_due_on date;
alter table catalogue_item add column publish_due_provisional boolean not null default false;
alter table catalogue_item add column revision int not null default 1;
alter table catalogue_item add column withdrawn_reason varchar(2000);
alter table catalogue_item add column withdrawn_at datetime(6);
alter table catalogue_item add column source_request_id bigint;

create index ix_catalogue_item_interprets on catalogue_item (interprets_item_id);

-- Files attached to an item; kept in the database (like request attachments) so that every portal
-- node serves them and a backup of the database is a backup of the catalogue. The extracted text
-- feeds the search index.
create table catalogue_attachment (
	id             bigint       not null auto_increment primary key,
	item_id        bigint       not null,
	file_name      varchar(255) not null,
	content_type   varchar(100) not null,
	size_bytes     bigint       not null,
	content        longblob     not null,
	extracted_text longtext,
	uploaded_by    varchar(100) not null,
	uploaded_at    datetime(6)  not null,
	constraint fk_catalogue_attachment_item foreign key (item_id) references catalogue_item (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_catalogue_attachment_item on catalogue_attachment (item_id);

-- The content an item had before each correction: the history that stays visible.
create table catalogue_item_revision (
	id            bigint       not null auto_increment primary key,
	item_id       bigint       not null,
	revision      int          not null,
	title         varchar(500) not null,
	summary       varchar(1000),
	body          longtext,
	issuer        varchar(500) not null,
	written_date  date         not null,
	doc_number    varchar(100),
	topic         varchar(100),
	genre         varchar(20),
	keywords      varchar(500),
	effective_on  date,
	replaced_at   datetime(6)  not null,
	replaced_by   varchar(100) not null,
	reason        varchar(2000) not null,
	constraint uk_catalogue_item_revision unique (item_id, revision),
	constraint fk_catalogue_item_revision_item foreign key (item_id) references catalogue_item (id)
) engine=InnoDB default charset=utf8mb4;

-- A change of a published item under review: correction (with the proposed content), 失效, 废止 or
-- withdrawal; each has a reason and its own process instance.
create table catalogue_change (
	id                  bigint       not null auto_increment primary key,
	version             bigint       not null,
	item_id             bigint       not null,
	kind                varchar(20)  not null,
	status              varchar(20)  not null,
	reason              varchar(2000) not null,
	title               varchar(500),
	summary             varchar(1000),
	body                longtext,
	issuer              varchar(500),
	written_date        date,
	doc_number          varchar(100),
	topic               varchar(100),
	genre               varchar(20),
	keywords            varchar(500),
	effective_on        date,
	effective_date      date,
	process_instance_id varchar(64),
	requested_by        varchar(100) not null,
	requested_at        datetime(6)  not null,
	decided_at          datetime(6),
	decision_note       varchar(2000),
	constraint fk_catalogue_change_item foreign key (item_id) references catalogue_item (id)
) engine=InnoDB default charset=utf8mb4;

create index ix_catalogue_change_item on catalogue_change (item_id, status);
