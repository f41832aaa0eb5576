-- Departments (承办/发布机构) and the catalogue of proactively disclosed items (主动公开目录).
-- Runs unchanged on H2 (MySQL mode) and MySQL/MariaDB; table options give utf8mb4 on MySQL.

create table department (
	code        varchar(32)  not null primary key,
	name        varchar(200) not null,
	org_code    varchar(18)  not null,
	general_office boolean   not null default false
) engine=InnoDB default charset=utf8mb4;

create table catalogue_column (
	code        varchar(64)  not null primary key,
	name        varchar(100) not null,
	parent_code varchar(64),
	sort_order  int          not null
) engine=InnoDB default charset=utf8mb4;

create table catalogue_item (
	id                  bigint       not null auto_increment primary key,
	version             bigint       not null,
	status              varchar(20)  not null,
	title               varchar(500) not null,
	summary             varchar(1000),
	body                longtext,
	issuer              varchar(500) not null,
	department_code     varchar(32)  not null,
	written_date        date         not null,
	published_at        datetime(6),
	doc_number          varchar(100),
	column_code         varchar(64)  not null,
	topic               varchar(100),
	genre               varchar(20),
	validity            varchar(10)  not null,
	index_no            varchar(64),
	process_instance_id varchar(64),
	created_by          varchar(100) not null,
	created_at          datetime(6)  not null,
	updated_at          datetime(6)  not null,
	constraint uk_catalogue_item_index_no unique (index_no),
	constraint fk_catalogue_item_department foreign key (department_code) references department (code),
	constraint fk_catalogue_item_column foreign key (column_code) references catalogue_column (code)
) engine=InnoDB default charset=utf8mb4;

create index ix_catalogue_item_status on catalogue_item (status, department_code);

-- Serial numbers that restart every year (索引号 per organisation, receipt numbers, notice numbers);
-- the row lock serialises concurrent allocations on every node.
create table yearly_sequence (
	name        varchar(40) not null,
	serial_year int        not null,
	next_value int         not null,
	primary key (name, serial_year)
) engine=InnoDB default charset=utf8mb4;

-- Durable hand-over to the search index: written in the same transaction as the change it reports.
create table search_outbox (
	id              bigint       not null auto_increment primary key,
	item_id         bigint       not null,
	action          varchar(10)  not null,
	created_at      datetime(6)  not null,
	attempts        int          not null default 0,
	next_attempt_at datetime(6)  not null,
	last_error      varchar(1000)
) engine=InnoDB default charset=utf8mb4;

create index ix_search_outbox_due on search_outbox (next_attempt_at);

-- Append-only event log of every case (catalogue items now; requests and reports later).
create table case_event (
	id          bigint       not null auto_increment primary key,
	case_type   varchar(20)  not null,
	case_id     bigint       not null,
	type        varchar(40)  not null,
	actor       varchar(100) not null,
	occurred_at datetime(6)  not null,
	note        varchar(2000)
) engine=InnoDB default charset=utf8mb4;

create index ix_case_event_case on case_event (case_type, case_id, occurred_at);
